// The floor: a node24 action that imports nothing and exits, run by the bench exactly as it runs the bundle
// (runAction: the runner's variables, a fresh process, outputs read back). Every figure is also given as a
// multiple of this one, measured in the same bench run.
