// An empty module: the bench page imports it to measure the floor of a module load.
export {};
