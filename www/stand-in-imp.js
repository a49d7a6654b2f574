// A stand-in for iamport.js (window.IMP) so the demo runs offline: it records the request it
// receives, shows a small mock payment window (in the page's language), and answers the callback
// like the real SDK. Closing the window any way — its ✕, Escape, or the cancel button — answers
// like a user cancel, so the page never waits for an answer that will not come.
(function () {
  const calls = [];
  const T = {
    ko: { title: "모의 결제창 (stand-in)", order: "주문", approve: "승인", cancel: "취소", close: "닫기", won: "원", cancelled: "사용자가 결제를 취소하셨습니다" },
    en: { title: "Mock payment window (stand-in)", order: "Order", approve: "Approve", cancel: "Cancel", close: "Close", won: " KRW", cancelled: "The user cancelled the payment." },
  };
  const text = () => T[document.documentElement.lang === "en" ? "en" : "ko"];
  window.IMP = {
    calls,
    init(code) { this.impCode = code; },
    request_pay(params, callback) {
      calls.push(params);
      const t = text();
      const dlg = document.createElement("dialog");
      dlg.className = "mock-pay";
      const x = document.createElement("button");
      x.textContent = "✕";
      x.className = "mock-close";
      x.title = t.close;
      x.setAttribute("aria-label", t.close);
      x.dataset.mock = "close";
      const title = document.createElement("h3");
      title.textContent = t.title;
      const body = document.createElement("p");
      const amount = Number(params.amount).toLocaleString(document.documentElement.lang === "en" ? "en-US" : "ko-KR");
      body.textContent = `${params.name ?? t.order} · ${amount}${t.won}`;
      const ok = document.createElement("button");
      ok.textContent = t.approve;
      ok.className = "primary";
      ok.dataset.mock = "approve";
      const cancel = document.createElement("button");
      cancel.textContent = t.cancel;
      cancel.dataset.mock = "cancel";
      dlg.append(x, title, body, ok, cancel);
      document.body.append(dlg);
      dlg.showModal();
      let answered = false;
      const done = (success) => {
        if (answered) return;
        answered = true;
        if (dlg.open) dlg.close();
        dlg.remove();
        const rsp = success
          ? { success: true, imp_uid: "imp_" + Date.now(), merchant_uid: params.merchant_uid, paid_amount: params.amount, status: "paid" }
          : { success: false, imp_uid: null, merchant_uid: params.merchant_uid, error_code: "F400", error_msg: t.cancelled };
        callback(rsp);
      };
      ok.onclick = () => done(true);
      cancel.onclick = () => done(false);
      x.onclick = () => done(false);
      // Escape fires `cancel`; any other way the dialog closes fires `close`
      dlg.addEventListener("cancel", (e) => { e.preventDefault(); done(false); });
      dlg.addEventListener("close", () => done(false));
    },
  };
})();
