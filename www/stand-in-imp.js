// A stand-in for iamport.js (window.IMP) so the demo runs offline: it records the request it
// receives, shows a small mock payment (or identity-verification) window, and answers the callback
// like the real SDK.
(function () {
  const calls = [];
  window.IMP = {
    calls,
    init(code) { this.impCode = code; },
    request_pay(params, callback) {
      calls.push(params);
      const dlg = document.createElement("dialog");
      dlg.className = "mock-pay";
      const title = document.createElement("h3");
      title.textContent = "모의 결제창 (stand-in)";
      const body = document.createElement("p");
      body.textContent = `${params.name ?? "주문"} · ${Number(params.amount).toLocaleString("ko-KR")}원`;
      const ok = document.createElement("button");
      ok.textContent = "승인";
      ok.className = "primary";
      ok.dataset.mock = "approve";
      const cancel = document.createElement("button");
      cancel.textContent = "취소";
      cancel.dataset.mock = "cancel";
      dlg.append(title, body, ok, cancel);
      document.body.append(dlg);
      dlg.showModal();
      const done = (success) => {
        dlg.close();
        dlg.remove();
        const rsp = success
          ? { success: true, imp_uid: "imp_" + Date.now(), merchant_uid: params.merchant_uid, paid_amount: params.amount, status: "paid" }
          : { success: false, imp_uid: null, merchant_uid: params.merchant_uid, error_code: "F400", error_msg: "사용자가 결제를 취소했습니다." };
        callback(rsp);
      };
      ok.onclick = () => done(true);
      cancel.onclick = () => done(false);
    },
    // IMP.certification (본인인증): the same mock window, answering like iamport.js's callback
    certification(params, callback) {
      calls.push(params);
      const dlg = document.createElement("dialog");
      dlg.className = "mock-pay";
      const title = document.createElement("h3");
      title.textContent = "모의 본인인증창 (stand-in)";
      const body = document.createElement("p");
      body.textContent = params.merchant_uid ?? "";
      const ok = document.createElement("button");
      ok.textContent = "인증";
      ok.className = "primary";
      ok.dataset.mock = "approve";
      const cancel = document.createElement("button");
      cancel.textContent = "취소";
      cancel.dataset.mock = "cancel";
      dlg.append(title, body, ok, cancel);
      document.body.append(dlg);
      dlg.showModal();
      const done = (success) => {
        dlg.close();
        dlg.remove();
        callback(success
          ? { success: true, imp_uid: "imp_" + Date.now(), merchant_uid: params.merchant_uid, pg_provider: "danal" }
          : { success: false, imp_uid: null, merchant_uid: params.merchant_uid, error_code: "F0000", error_msg: "사용자가 본인인증을 취소했습니다." });
      };
      ok.onclick = () => done(true);
      cancel.onclick = () => done(false);
    },
  };
})();
