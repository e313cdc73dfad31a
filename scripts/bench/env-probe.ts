// Run by the bench through runAction in place of the bundle: reports which of the variables that slow a Node
// start (or change its TLS setup) the action's process inherits. Prints one JSON line.
const watched = [
  'NODE_EXTRA_CA_CERTS',
  'NODE_OPTIONS',
  'NODE_USE_ENV_PROXY',
  'HTTPS_PROXY',
  'HTTP_PROXY',
  'https_proxy',
  'http_proxy',
  'NODE_TLS_REJECT_UNAUTHORIZED',
];
const present = watched.filter((name) => process.env[name] !== undefined);
console.log(JSON.stringify({ present, variables: Object.keys(process.env).sort() }));
