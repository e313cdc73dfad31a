#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var net = __nccwpck_require__(278);
var tls = __nccwpck_require__(756);
var http = __nccwpck_require__(611);
var https = __nccwpck_require__(692);
var events = __nccwpck_require__(434);
var assert = __nccwpck_require__(613);
var util = __nccwpck_require__(23);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


/***/ }),

/***/ 613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 221:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Headers: () => (/* binding */ Headers),
  HttpClient: () => (/* binding */ HttpClient),
  HttpClientError: () => (/* binding */ HttpClientError),
  HttpClientResponse: () => (/* binding */ HttpClientResponse),
  HttpCodes: () => (/* binding */ HttpCodes),
  MediaTypes: () => (/* binding */ MediaTypes),
  getProxyUrl: () => (/* binding */ lib_getProxyUrl),
  isHttps: () => (/* binding */ isHttps)
});

// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
;// CONCATENATED MODULE: ./src/lazy-modules/tunnel.ts
// The file, not the package name: the name is this stand-in.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadTunnel = () => __nccwpck_require__(770);
const httpOverHttp = (options) => loadTunnel().httpOverHttp(options);
const httpsOverHttp = (options) => loadTunnel().httpsOverHttp(options);
const httpOverHttps = (options) => loadTunnel().httpOverHttps(options);
const httpsOverHttps = (options) => loadTunnel().httpsOverHttps(options);

;// CONCATENATED MODULE: ./src/lazy-modules/undici.ts
let undici;
// Not bundled here (webpackIgnore): each bundle would carry its own 0.9 MB copy.
function loadUndici() {
    undici ??= import(/* webpackIgnore: true */ '#undici').then((module) => module.default);
    return undici;
}
// What @actions/http-client builds for HTTPS_PROXY / HTTP_PROXY: the options, kept until a request needs
// the real agent.
class ProxyAgent {
    options;
    #agent;
    constructor(options) {
        this.options = options;
    }
    real() {
        this.#agent ??= loadUndici().then(({ ProxyAgent: Agent }) => new Agent(this.options));
        return this.#agent;
    }
}
async function fetch(input, init) {
    const { dispatcher, ...rest } = init ?? {};
    if (dispatcher === undefined)
        return globalThis.fetch(input, rest);
    if (!(dispatcher instanceof ProxyAgent))
        throw new Error('undici stand-in: only the proxy agent of @actions/http-client can dispatch');
    const [real, agent] = await Promise.all([loadUndici(), dispatcher.real()]);
    return real.fetch(input, {
        ...rest,
        dispatcher: agent,
    });
}

;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? httpsOverHttps : httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? httpOverHttps : httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/types.ts
// Shared vocabulary of the pipeline: what flows from one stage to the next.
const associations = ['OWNER', 'MEMBER', 'COLLABORATOR', 'CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER', 'NONE', 'MANNEQUIN'];
// GitHub's author_association as a payload or a query gives it; a value GitHub adds later counts as NONE.
function toAssociation(value) {
    return associations.find((a) => a === value) ?? 'NONE';
}
const skippedReasons = (/* unused pure expression or super */ null && (['association', 'bot', 'trusted-user', 'deleted-user', 'unsupported-event', 'not-a-maintainer']));
// Signals whose bands come from a `yellow,red` input; the input of account-age is `account-age-days`.
const thresholdSignalIds = [
    'account-age',
    'profile-fields',
    'closed-unmerged-ratio',
    'not-planned-issues',
    'repeated-titles',
    'repeated-comments',
    'external-prs-per-week',
];
const signalIds = [...thresholdSignalIds, 'sensitive-files'];
// Context signals describe who the author is; the others are evidence of how their work was received.
const contextSignalIds = (/* unused pure expression or super */ null && (['account-age', 'profile-fields', 'external-prs-per-week']));
function repoName(repo) {
    return `${repo.owner}/${repo.name}`;
}

;// CONCATENATED MODULE: ./src/writers/fit-comment.ts
// GitHub refuses an issue or PR comment over 65,536 characters: 422 "Body is too long (maximum is 65536
// characters)" (https://github.com/danger/danger/issues/424, https://github.com/elastic/kibana/issues/71307).
const maxCommentLength = 65_536;
const cutNote = '\n\n… (cut here: GitHub takes at most 65,536 characters in a comment)';
// A comment that outgrew the limit once its placeholders were filled is cut at the end, so the hidden marker
// it starts with stays: at the last line break, or the last space on a long line, that keeps most of it
// (never inside an escape such as `&lt;` or a character's surrogate pair), then a note that says so.
function fit_comment_fitComment(body) {
    if (body.length <= maxCommentLength)
        return body;
    const room = maxCommentLength - cutNote.length;
    const head = body.slice(0, room);
    const line = head.lastIndexOf('\n');
    const space = head.search(/\s\S*$/);
    let at = line > room / 2 ? line : space > room / 2 ? space : room;
    if (at === room && /[\ud800-\udbff]/.test(head.charAt(room - 1)))
        at -= 1;
    return `${body.slice(0, at).trimEnd()}${cutNote}`;
}

;// CONCATENATED MODULE: ./src/writers/markers.ts

// Hidden markers that identify the action's own comments (together with the token's identity).
const markers = {
    welcome: '<!-- newcomer-triage:welcome -->',
    report: '<!-- newcomer-triage:report -->',
    merged: '<!-- newcomer-triage:merged -->',
};
const allMarkers = Object.values(markers);
function kindOf(body) {
    const found = Object.keys(markers).find((k) => body.includes(markers[k]));
    return found ?? null;
}
// User text can never carry a marker into our comments: escaping turns "<" into "&lt;". This strips the
// marker text from maintainer-written templates too, so one kind cannot pose as another. The marker leads,
// so a body cut to GitHub's length keeps it.
function withMarker(kind, body) {
    let clean = body;
    for (const m of allMarkers)
        clean = clean.split(m).join('');
    return fitComment(`${markers[kind]}\n${clean}`);
}

;// CONCATENATED MODULE: ./src/settings/input-error.ts
// A bad input value: names the input, the value given (never a secret's) and what is allowed.
class input_error_InputError extends Error {
    input;
    constructor(input, value, allowed) {
        const shown = value === null ? '' : ` "${value}"`;
        super(`Input '${input}' has an invalid value${shown}: ${allowed}.`);
        this.input = input;
        this.name = 'InputError';
    }
}

;// CONCATENATED MODULE: ./src/text/escape-text.ts
// Text from users (logins, names, bios, titles, bodies) made inert for GitHub-flavoured Markdown, on one line:
// no mention, no HTML, no link or image, no issue reference, no table or code-fence break. A zero-width space
// breaks what GitHub would otherwise recognise after rendering (mentions, autolinks, references); backslashes
// and entities handle the Markdown and HTML syntax.
const zws = '\u200b';
// Bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069): they reorder what follows them,
// so a title could make the summary read other than it is ("Trojan Source").
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/g;
function escape_text_escapeText(text, maxLength = 200) {
    let t = text
        .replace(bidiControls, '')
        .replace(/[\u0000-\u001f\u007f]+/g, ' ')
        .trim();
    if (t.length > maxLength)
        t = `${t.slice(0, maxLength - 1)}…`;
    return t
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]()#!|~]/g, '\\$&')
        .replace(/@/g, `@${zws}`)
        .replace(/:\/\//g, `:${zws}//`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${zws}.`)
        .replace(/\\#(?=\d)/g, `\\#${zws}`)
        .replace(/\bGH-(?=\d)/gi, (m) => `${m.slice(0, 2)}${zws}-`);
}
// The login rule: a login as GitHub allows it (an app's bot account ends in [bot]) can be linked and
// mentioned; anything else is shown escaped and unlinked.
const loginPattern = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
function authorLink(login, serverUrl) {
    if (!loginPattern.test(login))
        return escape_text_escapeText(login, 60);
    return `[${escape_text_escapeText(login)}](${serverUrl}/${login.replace(/\[bot\]$/, '')})`;
}
function isPlainLogin(login) {
    return loginPattern.test(login);
}
// An app's bot account, by its login (the payload's `type` says Bot too, but not every source carries it).
function isBotLogin(login) {
    return login.toLowerCase().endsWith('[bot]');
}

;// CONCATENATED MODULE: ./src/settings/parsers.ts


const parsers_text = (_input, raw) => raw;
// A secret is never echoed back, even in an error.
const secret = (_input, raw) => raw.trim();
const parsers_boolean = (input, raw) => {
    const value = raw.trim().toLowerCase();
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new input_error_InputError(input, raw, 'allowed values are true, false (any case)');
};
function oneOf(allowed) {
    return (input, raw) => {
        const value = raw.trim().toLowerCase();
        const found = allowed.find((a) => a === value);
        if (found === undefined)
            throw new input_error_InputError(input, raw, `allowed values are ${allowed.join(', ')}`);
        return found;
    };
}
function integer(min, max) {
    return (input, raw) => {
        const value = raw.trim();
        const n = Number(value);
        // Decimal digits only (0x10 and 1e2 are bad values).
        if (!/^-?\d+$/.test(value) || n < min || n > max) {
            throw new input_error_InputError(input, raw, `allowed is a whole number from ${min} to ${max}`);
        }
        return n;
    };
}
// Comma- or newline-separated, trimmed, empty entries dropped.
function splitList(raw) {
    return raw
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}
const list = (_input, raw) => splitList(raw);
// A list whose every entry must be one of `allowed`; matching ignores case, the result uses the allowed spelling.
// `renamed` maps old names still accepted to their new ones (renamedEntries says which were used).
function listOf(allowed, renamed = {}) {
    return (input, raw) => splitList(raw).map((entry) => {
        const found = allowed.find((a) => a.toLowerCase() === entry.toLowerCase()) ?? renamed[entry.toLowerCase()];
        if (found === undefined) {
            throw new input_error_InputError(input, raw, `"${entry}" is not allowed; allowed values are ${allowed.join(', ')}`);
        }
        return found;
    });
}
const users = (input, raw) => {
    const result = { logins: [], ids: [] };
    for (const entry of splitList(raw)) {
        if (/^\d+$/.test(entry))
            result.ids.push(Number(entry));
        else if (isPlainLogin(entry))
            result.logins.push(entry.toLowerCase());
        else
            throw new input_error_InputError(input, raw, `"${entry}" is neither a GitHub login nor a numeric user id; allowed are logins and ids, comma- or newline-separated`);
    }
    return result;
};
// Two numbers "yellow,red". `descending`: the yellow band starts above the red one (younger is worse),
// so yellow >= red; otherwise yellow <= red. The parser carries its rule, for what moves a band (a backtest).
function band(options) {
    const { min, max, whole, descending } = options;
    const kind = whole ? 'whole numbers' : 'numbers';
    const order = descending ? 'the first at least the second' : 'the first at most the second';
    const rule = `allowed is two ${kind} "yellow,red" from ${min} to ${max}, ${order}`;
    const parser = (input, raw) => {
        const parts = raw.split(',').map((s) => s.trim());
        // Decimal digits only: Number() would also take 0x10, 1e2 and Infinity.
        const numbers = parts.map((p) => (/^\d+(\.\d+)?$/.test(p) ? Number(p) : Number.NaN));
        const valid = numbers.length === 2 && numbers.every((n) => Number.isFinite(n) && n >= min && n <= max && (!whole || Number.isInteger(n)));
        const [yellow, red] = numbers;
        if (!valid || (descending ? yellow < red : yellow > red))
            throw new input_error_InputError(input, raw, rule);
        return { yellow, red };
    };
    return Object.assign(parser, { rule: options });
}
// A calendar day "YYYY-MM-DD" (UTC) that exists and is not after today; empty: none. The result is the day's
// first instant.
const pastDay = (input, raw) => {
    const value = raw.trim();
    if (value === '')
        return null;
    const rule = `allowed is a date YYYY-MM-DD, a real day no later than today (${new Date().toISOString().slice(0, 10)}), or empty for none`;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match)
        throw new input_error_InputError(input, raw, rule);
    const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    // Date.UTC rolls 2024-02-30 over to March 1st: a day that does not come back as written does not exist.
    if (day.toISOString().slice(0, 10) !== value || day.getTime() > Date.now())
        throw new input_error_InputError(input, raw, rule);
    return day;
};

;// CONCATENATED MODULE: ./src/settings/get-settings.ts





// CI, automation and the files that steer coding agents: a malicious change there runs with the maintainers'
// rights.
const defaultSensitivePaths = [
    '.github/workflows/**',
    '.github/actions/**',
    '**/action.yml',
    '**/action.yaml',
    '.github/dependabot.yml',
    '**/CODEOWNERS',
    '.devcontainer/**',
    '.vscode/**',
    '.claude/**',
    '.cursor/**',
    '.gemini/**',
    '**/AGENTS.md',
    '**/CLAUDE.md',
    '.github/copilot-instructions.md',
    '.github/instructions/**',
    '.mcp.json',
];
// Old signal ids still accepted in ignore-signals, with a warning.
const renamedSignals = { 'workflow-files': 'sensitive-files' };
// Every input of action.yml: its default (the runner applies action.yml's, the CLI and tests rely on these; a
// test keeps the two equal) and its parser. The Settings type is derived from this table, so an input cannot
// be read without being declared here, nor declared without being parsed.
const inputSpecs = {
    // Token for every read and write.
    'github-token': { default: '', parse: secret },
    // Do everything except writes to GitHub; the summary lists what would have been written.
    'dry-run': { default: 'false', parse: parsers_boolean },
    // author_association values that skip triage.
    'skip-associations': { default: 'OWNER,MEMBER,COLLABORATOR,CONTRIBUTOR', parse: listOf(associations) },
    // Skip authors of type Bot or whose login ends in [bot].
    'skip-bots': { default: 'true', parse: parsers_boolean },
    // Logins or numeric ids always skipped; an id still matches after a rename.
    'trusted-users': { default: '', parse: users },
    // How far back history counts, in days.
    'activity-window-days': { default: '90', parse: integer(1, 365) },
    'account-age-days': { default: '1095,90', parse: band({ min: 0, max: 36500, whole: true, descending: true }) },
    'profile-fields': { default: '3,1', parse: band({ min: 0, max: 7, whole: true, descending: true }) },
    'closed-unmerged-ratio': { default: '0.2,0.5', parse: band({ min: 0, max: 1, whole: false, descending: false }) },
    'not-planned-issues': { default: '4,6', parse: band({ min: 0, max: 1000, whole: true, descending: false }) },
    'repeated-titles': { default: '4,6', parse: band({ min: 0, max: 1000, whole: true, descending: false }) },
    'repeated-comments': { default: '5,10', parse: band({ min: 0, max: 1000, whole: true, descending: false }) },
    'external-prs-per-week': { default: '10,25', parse: band({ min: 0, max: 10000, whole: true, descending: false }) },
    // Globs of files whose change by a newcomer needs a maintainer's eye (sensitive-files); empty: none.
    'sensitive-paths': { default: defaultSensitivePaths.join(','), parse: list },
    // Signal ids left out of the verdict (still shown).
    'ignore-signals': { default: '', parse: listOf(signalIds, renamedSignals) },
    'label-green': { default: '', parse: parsers_text },
    'label-yellow': { default: 'triage: check', parse: parsers_text },
    'label-red': { default: 'triage: careful review', parse: parsers_text },
    'first-time-label': { default: 'first-time contributor', parse: parsers_text },
    // Posted once to a first-time contributor; {author} and {repo} are replaced.
    'welcome-message': { default: '', parse: parsers_text },
    // Post the triage report as a comment when the verdict is at least this.
    'report-comment': { default: 'never', parse: oneOf(['never', 'yellow', 'red', 'always']) },
    // Comment on a first-time contributor's merged PR.
    'merged-message': { default: '', parse: parsers_text },
    // After a first-time contributor's PR is merged, invite them to the repo owner's org.
    'invite-to-org': { default: 'false', parse: parsers_boolean },
    // Token with org admin rights, used only for the invitation.
    'org-token': { default: '', parse: secret },
    // Fail the step when the verdict is at least this.
    'fail-on': { default: 'never', parse: oneOf(['never', 'yellow', 'red']) },
    'backfill-issues': { default: 'false', parse: parsers_boolean },
    // Backfill: most PRs/issues triaged in one run; backtest: most past items replayed.
    'max-items': { default: '50', parse: integer(1, 1000) },
    // On workflow_dispatch: replay the verdict on first-time contributors' items opened since this day (UTC).
    'backtest-since': { default: '', parse: pastDay },
};
const inputNames = Object.keys(inputSpecs);
const labelInputs = ['label-green', 'label-yellow', 'label-red', 'first-time-label'];
// Inputs whose empty value means "none" (no label, no message, nobody); any other input left empty, as
// `${{ vars.X }}` with X unset gives, takes its default.
const emptyMeansNone = [
    'skip-associations',
    'trusted-users',
    'ignore-signals',
    'sensitive-paths',
    'label-green',
    'label-yellow',
    'label-red',
    'first-time-label',
    'welcome-message',
    'merged-message',
    'org-token',
];
// Reads every input through `read` (the runner's INPUT_* variables in the action, --input flags in the CLI).
// `undefined` is an input nobody set (the runner sets every input of action.yml, defaults included, so only
// tests and the CLI leave one unset); it takes the default.
function get_settings_getSettings(read) {
    const settings = {};
    for (const name of inputNames) {
        const raw = read(name);
        const spec = inputSpecs[name];
        const unset = raw === undefined || (raw.trim() === '' && !emptyMeansNone.includes(name));
        settings[name] = spec.parse(name, unset ? spec.default : raw);
    }
    return checkCombinations(settings);
}
// What an input's value is still accepted for but should change: warnings for the run's summary and log.
function get_settings_inputNotices(read) {
    const used = parse.splitList(read('ignore-signals') ?? '').map((e) => e.toLowerCase());
    return Object.entries(renamedSignals)
        .filter(([old]) => used.includes(old))
        .map(([old, now]) => `ignore-signals: "${old}" is now called "${now}" (it also covers CI and coding-agent files); it was read as "${now}".`);
}
function checkCombinations(settings) {
    for (const name of labelInputs) {
        const label = settings[name].trim();
        // GitHub refuses label names over 50 characters; better to say so before the run than on the write.
        if (label.length > 50)
            throw new input_error_InputError(name, label, 'allowed is a label name of at most 50 characters, or empty for none');
        settings[name] = label;
    }
    // A template that alone is over GitHub's comment limit can never be posted (422); one that grows past it
    // only when {author} and {repo} are filled in is cut at the write (fit-comment.ts).
    for (const [name, kind] of [
        ['welcome-message', 'welcome'],
        ['merged-message', 'merged'],
    ]) {
        const most = maxCommentLength - markers[kind].length - 1;
        const length = settings[name].length;
        if (length > most) {
            throw new input_error_InputError(name, `${settings[name].slice(0, 40)}…`, `it is ${length} characters long; allowed is a message of at most ${most} characters (GitHub takes ${maxCommentLength} in a comment, the action's hidden marker the rest), or empty for none`);
        }
    }
    if (settings['invite-to-org'] && settings['org-token'] === '') {
        throw new input_error_InputError('invite-to-org', 'true', "'org-token' must be set (a token with admin:org) when invitations are on");
    }
    return settings;
}
// Every run reads with the token, so an empty one (a secret that is not set) is a bad input, reported before
// any request. Apart from getSettings because only the action takes the token from an input.
function get_settings_requireToken(settings) {
    if (settings['github-token'] === '') {
        throw new InputError('github-token', null, 'it is empty; give the workflow token (the default, ${{ github.token }}) or a secret that is set');
    }
}

;// CONCATENATED MODULE: ./src/cli/usage.ts
// What the CLI says about itself, and the error for a command line it cannot run (exit code 2).
class UsageError extends Error {
    name = 'UsageError';
}
const usage = `newcomer-triage: triage a pull request or issue author from your terminal, as the action would.

Usage:
  newcomer-triage --event <payload.json> [--event-name NAME] [--repo owner/name]
                  [--input name=value]... [--dry-run] [--json]
  newcomer-triage profile <login> [--input name=value]... [--json]
  newcomer-triage backtest --repo owner/name --since YYYY-MM-DD [--max N] [--input name=value]... [--json]
  newcomer-triage --help

Commands:
  (default)        run the action's pipeline on one webhook payload (a PR, an issue, a /triage comment, or a
                   workflow_dispatch / schedule payload for a backfill) and print the job summary
  profile <login>  profile one account: the signal table and the verdict, no writes
  backtest         replay the verdict on the repo's past first-time contributors' PRs and issues opened
                   since --since, each as of its opening, against what became of them; no writes

Options:
  --event <file>        webhook payload, as GitHub sends it (see test/fixtures/events)
  --event-name <name>   GITHUB_EVENT_NAME; guessed from the payload when left out:
                        pull_request → pull_request_target, issue + comment → issue_comment, issue → issues,
                        inputs → workflow_dispatch, schedule → schedule
  --repo <owner/name>   the repository to act on (default: the payload's repository.full_name)
  --input <name=value>  an action input, as under \`with:\` in a workflow; repeat for several
  --since <YYYY-MM-DD>  backtest: the first day replayed (the backtest-since input)
  --max <N>             backtest: most past items replayed, newest first (the max-items input, default 50)
  --dry-run             write nothing to GitHub; the summary lists what would have been written
  --json                print the action's outputs (and warnings) as JSON instead of the summary;
                        backtest: every item with its signals, and the threshold edges
  -h, --help            show this help

Environment:
  GITHUB_TOKEN (or GH_TOKEN)  token for every read and write, e.g. GITHUB_TOKEN=$(gh auth token)
  ORG_TOKEN                   the org-token input (org invitations); tokens are never taken as flags
  GITHUB_API_URL              default https://api.github.com (GitHub Enterprise: https://HOST/api/v3)
  GITHUB_GRAPHQL_URL          must be where GitHub serves GraphQL for GITHUB_API_URL
  NO_COLOR                    no colours

Exit codes: 0 done, 1 the verdict meets fail-on or the run failed, 2 a usage error.
Without --dry-run the run writes labels and comments, as the action would.`;

;// CONCATENATED MODULE: ./src/cli/parse-command.ts
// The command line, checked and parsed; every mistake is a UsageError that says what to do instead.




const options = {
    event: { type: 'string' },
    'event-name': { type: 'string' },
    repo: { type: 'string' },
    since: { type: 'string' },
    max: { type: 'string' },
    input: { type: 'string', multiple: true },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
// Tokens stay out of argv: it is visible to every process on the machine and kept in shell history.
const tokenInputs = { 'github-token': 'GITHUB_TOKEN', 'org-token': 'ORG_TOKEN' };
function parseCommand(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new UsageError(describeParseError(error));
    }
    const { values, positionals } = parsed;
    if (values.help)
        return { kind: 'help' };
    const inputs = parseInputs(values.input ?? []);
    const json = values.json ?? false;
    if (positionals[0] === 'profile') {
        const login = positionals[1];
        if (!login)
            throw new UsageError('profile needs a login: newcomer-triage profile <login>');
        if (positionals.length > 2)
            throw new UsageError(`profile takes one login, got: ${positionals.slice(1).join(' ')}`);
        if (!isPlainLogin(login))
            throw new UsageError(`"${login}" is not a GitHub login (letters, digits and hyphens, up to 39)`);
        for (const flag of ['event', 'event-name', 'repo', 'dry-run']) {
            if (values[flag] !== undefined)
                throw new UsageError(`--${flag} does not apply to profile (it never writes and has no event)`);
        }
        return { kind: 'profile', login, inputs, json };
    }
    if (positionals[0] === 'backtest')
        return parseBacktest(values, positionals, inputs, json);
    for (const flag of ['since', 'max']) {
        if (values[flag] !== undefined)
            throw new UsageError(`--${flag} applies only to backtest (newcomer-triage backtest --repo owner/name --since YYYY-MM-DD)`);
    }
    if (positionals.length > 0)
        throw new UsageError(`unexpected argument "${positionals[0]}": the commands are profile and backtest; see --help`);
    if (!values.event)
        throw new UsageError('--event <payload.json> is needed (or: newcomer-triage profile <login>); see --help');
    const repo = values.repo ?? null;
    if (repo !== null && !/^[\w.-]+\/[\w.-]+$/.test(repo))
        throw new UsageError(`--repo must be owner/name, got "${repo}"`);
    return { kind: 'event', eventPath: values.event, eventName: values['event-name'] ?? null, repo, inputs, dryRun: values['dry-run'] ?? false, json };
}
// `backtest --repo owner/name --since YYYY-MM-DD [--max N]`: --since and --max are the backtest-since and
// max-items inputs, parsed (and refused) by the same rules as the action's.
function parseBacktest(values, positionals, inputs, json) {
    if (positionals.length > 1)
        throw new UsageError(`backtest takes no argument, got: ${positionals.slice(1).join(' ')}`);
    for (const flag of ['event', 'event-name', 'dry-run']) {
        if (values[flag] !== undefined)
            throw new UsageError(`--${flag} does not apply to backtest (it never writes and replays the repo's past items)`);
    }
    const repo = values.repo;
    if (typeof repo !== 'string' || !/^[\w.-]+\/[\w.-]+$/.test(repo))
        throw new UsageError('backtest needs --repo owner/name');
    const since = values.since;
    if (typeof since !== 'string')
        throw new UsageError('backtest needs --since YYYY-MM-DD: the day from which past items are replayed');
    for (const [flag, input] of [
        ['--since', 'backtest-since'],
        ['--max', 'max-items'],
    ]) {
        if (inputs.has(input))
            throw new UsageError(`${flag} and --input ${input}= say the same thing: give ${flag} only`);
    }
    inputs.set('backtest-since', since);
    if (typeof values.max === 'string')
        inputs.set('max-items', values.max);
    return { kind: 'backtest', repo, inputs, json };
}
function parseInputs(flags) {
    const inputs = new Map();
    for (const flag of flags) {
        const eq = flag.indexOf('=');
        const name = eq < 0 ? flag : flag.slice(0, eq);
        if (eq < 0)
            throw new UsageError(`--input needs name=value, got "${name}"`);
        const env = tokenInputs[name];
        if (env)
            throw new UsageError(`${name} is not taken as a flag, so it stays out of shell history: set ${env} in the environment`);
        if (!inputNames.includes(name)) {
            throw new UsageError(`unknown input "${name}"; valid inputs: ${inputNames.filter((n) => !tokenInputs[n]).join(', ')}`);
        }
        inputs.set(name, flag.slice(eq + 1));
    }
    return inputs;
}
// parseArgs says "Unknown option '--x'. To specify a positional argument…"; the first sentence is what matters.
function describeParseError(error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = error.code;
    const flag = /'([^']+)'/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
        return `unknown flag ${flag}; see --help`;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
        return `${message.split('. ')[0] ?? message}; see --help`;
    return message;
}

;// CONCATENATED MODULE: ./src/cli/paint.ts
const codes = {
    bold: [1, 22],
    dim: [2, 22],
    red: [31, 39],
    yellow: [33, 39],
    green: [32, 39],
    cyan: [36, 39],
};
function paint(text, style, color) {
    if (!color || text === '')
        return text;
    const [open, close] = codes[style];
    return `\u001b[${open}m${text}\u001b[${close}m`;
}
function useColor(stream, env = process.env) {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    return stream.isTTY === true;
}
const verdictStyles = { green: 'green', yellow: 'yellow', red: 'red', skipped: 'dim' };
function paintVerdict(verdict, color) {
    return paint(verdict, verdictStyles[verdict], color);
}

;// CONCATENATED MODULE: ./src/fetch/request-stats.ts
function request_stats_newRequestStats() {
    return {
        requests: 0,
        graphql: 0,
        restReads: 0,
        restWrites: 0,
        inFlight: 0,
        maxInFlight: 0,
        rateLimits: {},
        timedOut: [],
        warnings: [],
        refusedToken: null,
        archived: null,
    };
}

;// CONCATENATED MODULE: ./src/modes/backtest/item-outcome.ts
// What became of a PR or issue, in the contract's words.
const itemOutcomes = ['merged', 'closed unmerged', 'completed', 'not planned', 'open', 'spam'];
// A label naming spam or invalid wins (GitHub's Hacktoberfest convention: such PRs do not count), whatever the
// item's state; then a PR is merged, closed unmerged or open, an issue completed, not planned or open.
// A duplicate is asked for as GitHub's default answers it, as not planned.
function outcomeOf(item) {
    if (item.labels.some((l) => /spam|invalid/i.test(l)))
        return 'spam';
    if (item.state === 'OPEN')
        return 'open';
    if (item.kind === 'pr')
        return item.state === 'MERGED' ? 'merged' : 'closed unmerged';
    return item.stateReason === 'NOT_PLANNED' || item.stateReason === 'DUPLICATE' ? 'not planned' : 'completed';
}

;// CONCATENATED MODULE: ./src/summary/render-backtest.ts


const verdicts = ['green', 'yellow', 'red'];
const icons = { green: '🟢', yellow: '🟡', red: '🔴' };
// Lists longer than this end with a count: the summary has GitHub's 1 MiB to stay under.
const listed = 100;
function itemUrl(subject, serverUrl) {
    return `${serverUrl}/${subject.repo.owner}/${subject.repo.name}/${subject.kind === 'pr' ? 'pull' : 'issues'}/${subject.number}`;
}
function itemLink(subject, serverUrl) {
    return `[#${subject.number}](${itemUrl(subject, serverUrl)})`;
}
function share(n, of) {
    return of === 0 ? '' : ` (${Math.round((100 * n) / of)} %)`;
}
// Verdict × outcome: counts, and each count's share of its row (what became of the items of that verdict).
function outcomeTable(items) {
    const count = (v, o) => items.filter((i) => (v === null || i.score.verdict === v) && (o === null || i.outcome === o)).length;
    const row = (label, v) => {
        const total = count(v, null);
        const cells = itemOutcomes.map((o) => `${count(v, o)}${share(count(v, o), total)}`);
        return `| ${label} | ${cells.join(' | ')} | ${total}${v === null ? '' : share(total, items.length)} |`;
    };
    return [
        `| verdict | ${itemOutcomes.join(' | ')} | all |`,
        `| --- | ${itemOutcomes.map(() => '---').join(' | ')} | --- |`,
        ...verdicts.map((v) => row(`${icons[v]} ${v}`, v)),
        row('all', null),
    ].join('\n');
}
function itemLine(item, serverUrl) {
    const { subject, score } = item;
    const kind = subject.kind === 'pr' ? 'PR' : 'issue';
    return `- ${icons[score.verdict]} ${itemLink(subject, serverUrl)} ${kind} by ${authorLink(subject.author.login, serverUrl)}, ${subject.createdAt.slice(0, 10)}: ${escape_text_escapeText(subject.title, 100)} → **${item.outcome}**; ${escape_text_escapeText(score.reason, 200)}`;
}
function itemList(title, items, serverUrl) {
    if (items.length === 0)
        return `**${title}:** none`;
    const lines = items.slice(0, listed).map((i) => itemLine(i, serverUrl));
    if (items.length > listed)
        lines.push(`- … and ${items.length - listed} more`);
    return [`**${title}** (${items.length}):`, ...lines].join('\n');
}
// For each threshold input, the nearest band values at which some verdict would have been different.
function edgesTable(result, serverUrl) {
    if (result.items.length === 0)
        return '';
    const rows = result.edges.map((e) => {
        const moves = e.moves
            .slice(0, 10)
            .map((m) => `${itemLink(result.items[m.index]?.subject, serverUrl)} ${icons[m.from]}→${icons[m.to]}`)
            .join(', ');
        const more = e.moves.length > 10 ? ` and ${e.moves.length - 10} more` : '';
        return `| \`${e.input}\` | \`${e.current.yellow},${e.current.red}\` | \`${e.band.yellow},${e.band.red}\` (${e.edge}) | ${e.moves.length}: ${moves}${more} |`;
    });
    const head = '**Threshold edges**: the nearest band values, on either side of each edge, at which some verdict would change.';
    if (rows.length === 0)
        return `${head} None: no band value of any threshold input changes a verdict of these items.`;
    return [head, '', '| input | now | with | items that move |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
function costLine(stats) {
    if (!stats)
        return '';
    const limits = Object.values(stats.rateLimits).map((l) => `${l.resource} ${l.remaining}/${l.limit} left (resets ${l.resetAt.slice(11, 16)} UTC)`);
    return `**Cost:** ${stats.requests} API requests (${stats.graphql} GraphQL, ${stats.restReads} REST reads, ${stats.restWrites} writes), at most ${stats.maxInFlight} at once; rate limit ${limits.length > 0 ? limits.join(', ') : 'not reported'}.`;
}
function renderBacktest(result, serverUrl, stats) {
    const { items, scanned } = result;
    const dependent = items.filter((i) => i.dependsOnProfile).length;
    const red = items.filter((i) => i.score.verdict === 'red');
    const mergedRed = red.filter((i) => i.outcome === 'merged');
    const spamGreen = items.filter((i) => i.score.verdict === 'green' && i.outcome === 'spam');
    const leftOut = result.leftOut.length > 0 ? ` ${result.leftOut.map((id) => `\`${id}\``).join(', ')} is not judged (GitHub keeps no events that old).` : '';
    return [
        `Replayed ${items.length} PRs and issues of first-time contributors opened since ${result.since}, newest first, each as of its opening: account age then, every history window ending then; a PR's files as they are now. Nothing was written to GitHub.${leftOut}`,
        `Looked at ${scanned.items} items opened since then: ${scanned.skipped} left out by a skip rule, ${scanned.notFirstTime} not by a first-time contributor at the time (${scanned.authors} authors checked).`,
        `**The profile is read as it is now**, not as it was: ${dependent} of ${items.length} verdicts depend on it (they would differ with another \`profile-fields\` level).`,
        items.length > 0 ? outcomeTable(items) : '',
        itemList('Red', red, serverUrl),
        itemList('Merged but red', mergedRed, serverUrl),
        itemList('Spam but green', spamGreen, serverUrl),
        edgesTable(result, serverUrl),
        costLine(stats),
    ]
        .filter((p) => p !== '')
        .join('\n\n');
}

;// CONCATENATED MODULE: ./src/inspect/summarize-activity.ts
const dayMs = 86_400_000;
const weekMs = 7 * dayMs;
// The calendar gives the long view, the events the recent detail. GitHub's event pages can overlap when new
// events arrive between two reads, so events are deduped by id.
function summarizeActivity(calendar, events, window) {
    if (!calendar && !events)
        return null;
    const { since, eventsSince, now } = window;
    return {
        weekly: calendar && weeklyOf(calendar, since, now),
        contributions: calendar?.reduce((sum, d) => sum + d.count, 0) ?? 0,
        events: events && eventsOf(events, eventsSince, now, window.eventsDays),
    };
}
function weeklyOf(calendar, since, now) {
    const weeks = Math.max(1, Math.ceil((now.getTime() - since.getTime()) / weekMs));
    const weekly = new Array(weeks).fill(0);
    // A calendar day is a whole day; its week is counted from the day's end so today's falls in the last week.
    for (const day of calendar) {
        const end = Date.parse(`${day.date}T00:00:00Z`) + dayMs;
        if (Number.isNaN(end) || end <= since.getTime())
            continue;
        const age = Math.floor(Math.max(0, now.getTime() - end) / weekMs);
        const index = weeks - 1 - Math.min(age, weeks - 1);
        weekly[index] = (weekly[index] ?? 0) + day.count;
    }
    return weekly;
}
function eventsOf(events, since, now, days) {
    const seen = new Set();
    const kept = events.filter((e) => {
        const t = Date.parse(e.createdAt);
        if (seen.has(e.id) || Number.isNaN(t) || t < since.getTime() || t > now.getTime())
            return false;
        seen.add(e.id);
        return true;
    });
    const byType = {};
    for (const e of kept)
        byType[e.type] = (byType[e.type] ?? 0) + 1;
    return { total: kept.length, byType, repos: new Set(kept.map((e) => e.repo)).size, days };
}
const bars = '▁▂▃▄▅▆▇█';
// One bar per week, scaled to the busiest week; a week with no contribution is the lowest bar.
function sparkline(values) {
    const max = Math.max(0, ...values);
    return values.map((v) => (max === 0 ? bars[0] : bars[Math.min(bars.length - 1, Math.round((v / max) * (bars.length - 1)))])).join('');
}

;// CONCATENATED MODULE: ./src/modes/results.ts
function outcome(partial, warnings = [], notes = [], writes = []) {
    return { partial, warnings, notes, writes };
}
// The verdict output of a run: a post-merge run and a backtest do not triage, a backfill reports its worst.
function results_verdictOf(result) {
    switch (result.mode) {
        case 'triage':
        case 'profile':
            return result.score.verdict;
        case 'backfill':
            return result.verdict;
        case 'post-merge':
        case 'backtest':
        case 'skip':
            return 'skipped';
    }
}
function reasonOf(result) {
    switch (result.mode) {
        case 'triage':
        case 'profile':
            return result.score.reason;
        case 'backfill':
        case 'skip':
            return result.reason;
        case 'post-merge':
        case 'backtest':
            return '';
    }
}
// A run that a skip rule ended; `warnings` say what could not be checked on the way.
function skipped(reason, subject, warnings = []) {
    return { mode: 'skip', skippedReason: reason, subject, reason: skipExplanations[reason], ...outcome(false, warnings) };
}
const skipExplanations = {
    association: "the author's association with the repo is in skip-associations",
    bot: 'the author is a bot',
    'trusted-user': 'the author is in trusted-users',
    'deleted-user': "the author's account was deleted",
    'unsupported-event': 'this event or action is not one the action triages',
    'not-a-maintainer': 'only an owner, member or collaborator can ask for /triage',
};

;// CONCATENATED MODULE: ./src/verdict/compare-verdicts.ts
// Verdicts from mildest to worst; a skip is below every verdict.
const verdictRank = { skipped: 0, green: 1, yellow: 2, red: 3 };
// fail-on and report-comment: true when the verdict is at least `threshold`; a skip never is.
function atLeast(verdict, threshold) {
    return threshold !== 'never' && verdict !== 'skipped' && verdictRank[verdict] >= verdictRank[threshold];
}
function compare_verdicts_failOnMet(verdict, failOn) {
    return atLeast(verdict, failOn);
}
function worstVerdict(verdicts) {
    return verdicts.reduce((w, v) => (verdictRank[v] > verdictRank[w] ? v : w), 'skipped');
}

;// CONCATENATED MODULE: ./src/summary/render-summary.ts





const levelIcons = { green: '🟢', yellow: '🟡', red: '🔴', unknown: '⚪' };
const verdictIcons = { green: '🟢', yellow: '🟡', red: '🔴', skipped: '⏭️' };
const verdictWords = {
    green: 'green: nothing needs a second look',
    yellow: 'yellow: worth a closer look',
    red: 'red: review with care',
    skipped: 'skipped',
};
// GitHub refuses a step summary over 1 MiB; stay well under it.
const summaryLimit = 1024 * 1024 - 4096;
function subjectLine(subject, firstTime, name, view) {
    if (!subject)
        return '';
    const kind = subject.kind === 'pr' ? 'PR' : 'issue';
    const welcome = firstTime ? '\n\n🌱 A first-time contributor to this repository.' : '';
    return `${kind} #${subject.number} by ${authorLink(subject.author.login, view.serverUrl)}${name ? ` (${escape_text_escapeText(name, 80)})` : ''}: ${escape_text_escapeText(subject.title, 120)}${welcome}`;
}
function signalTable(signals, ignored = []) {
    if (signals.length === 0)
        return '';
    const rows = signals.map((s) => {
        const shown = s.value === null ? '–' : escape_text_escapeText(String(s.value), 40);
        // The count links to what was counted; only our own URLs are links (every user text is escaped).
        const value = s.url && s.value !== null ? `[${shown}](${s.url})` : shown;
        const note = ignored.includes(s.id) ? ' (ignored)' : '';
        const quote = s.quote ? ` — “${escape_text_escapeText(s.quote, 100)}”` : '';
        return `| ${levelIcons[s.level]} | \`${s.id}\`${note} | ${value} | ${escape_text_escapeText(s.detail, 240)}${quote} |`;
    });
    return ['| | signal | value | why |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
function activityLine(activity, windowDays) {
    if (!activity)
        return '';
    const parts = [];
    if (activity.weekly) {
        parts.push(`**Contributions** per week over the last ${windowDays} days: \`${sparkline(activity.weekly)}\` ${activity.contributions} in all`);
    }
    const events = activity.events;
    if (events) {
        const types = Object.entries(events.byType)
            .sort((x, y) => y[1] - x[1])
            .slice(0, 5)
            .map(([type, n]) => `${type.replace(/Event$/, '')} ${n}`)
            .join(', ');
        parts.push(`**Public events** in the last ${events.days} days: ${events.total} in ${events.repos} repos${types ? ` (${types})` : ''}`);
    }
    return parts.join('  \n');
}
// The report comment: what a maintainer needs on the PR itself, nothing that changes from run to run unless
// the verdict or a signal does (so a re-run does not rewrite it needlessly).
function renderReportComment(input, view) {
    const { score } = input;
    return [
        `### ${verdictIcons[score.verdict]} newcomer-triage: ${verdictWords[score.verdict]}`,
        subjectLine(input.subject, input.firstTime, input.name, view),
        score.reason ? `> ${escapeText(score.reason, 300)}` : '',
        signalTable(score.signals, view.ignored),
        activityLine(input.activity, view.windowDays),
        '<sub>A maintainer can comment `/triage` to run it again.</sub>',
    ]
        .filter((l) => l !== '')
        .join('\n\n');
}
function itemsTable(items, view) {
    if (items.length === 0)
        return '';
    const rows = [...items]
        .sort((a, b) => verdictRank[b.verdict] - verdictRank[a.verdict] || b.number - a.number)
        .map((i) => {
        const verdict = i.verdict === 'skipped' ? `⏭️ skipped (${i.skippedReason ?? ''})` : `${verdictIcons[i.verdict]} ${i.verdict}`;
        return `| ${verdict} | #${i.number} | ${authorLink(i.author, view.serverUrl)}${i.firstTime ? ' 🌱' : ''} | ${escape_text_escapeText(i.title, 80)} | ${escape_text_escapeText(i.reason, 160)} |`;
    });
    return ['| verdict | item | author | title | why |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}
function writesList(all, dryRun) {
    if (all.length === 0)
        return `**Written:** nothing${dryRun ? ' (dry run)' : ''}`;
    const head = dryRun ? '**Would write** (dry run, nothing was sent):' : '**Written:**';
    const icon = { written: '✅', planned: '📝', refused: '🚫', failed: '❌' };
    const shown = all
        .slice(0, 200)
        .map((w) => `- ${icon[w.status]} ${w.description}${w.detail && w.detail !== 'dry run' ? ` (${escape_text_escapeText(w.detail, 200)})` : ''}`);
    if (all.length > shown.length)
        shown.push(`- … and ${all.length - shown.length} more`);
    return [head, ...shown].join('\n');
}
function footer(stats, wallMs) {
    const parts = [`${stats?.requests ?? 0} API requests`, `${(wallMs / 1000).toFixed(2)} s`];
    for (const limit of Object.values(stats?.rateLimits ?? {})) {
        parts.push(`${limit.resource} rate limit ${limit.remaining}/${limit.limit} left, resets ${limit.resetAt.slice(11, 16)} UTC`);
    }
    return `<sub>${parts.join(' · ')}</sub>`;
}
function heading(result) {
    if (!result)
        return '### ❌ newcomer-triage failed';
    const verdict = results_verdictOf(result);
    switch (result.mode) {
        case 'post-merge':
            return '### 🎉 newcomer-triage: merged';
        case 'backfill':
            return `### ${verdictIcons[verdict]} newcomer-triage backfill: ${result.items.length} items, worst ${verdict}`;
        case 'backtest':
            return `### 🔁 newcomer-triage backtest: ${result.items.length} past items since ${result.since}`;
        case 'skip':
            return `### ${verdictIcons.skipped} newcomer-triage: skipped (${result.skippedReason})`;
        case 'triage':
        case 'profile':
            return `### ${verdictIcons[verdict]} newcomer-triage: ${verdictWords[verdict]}`;
    }
}
// The parts only some modes have, in the order the summary shows them.
function resultParts(result, view, stats) {
    switch (result.mode) {
        case 'triage':
            return {
                subject: subjectLine(result.subject, result.firstTime, result.name, view),
                signals: signalTable(result.score.signals, view.ignored),
                activity: activityLine(result.activity, view.windowDays),
                items: '',
            };
        case 'profile':
            return { subject: '', signals: signalTable(result.score.signals, view.ignored), activity: activityLine(result.activity, view.windowDays), items: '' };
        case 'post-merge':
            return { subject: subjectLine(result.subject, result.firstTime, null, view), signals: '', activity: '', items: '' };
        case 'backfill':
            return { subject: '', signals: '', activity: '', items: itemsTable(result.items, view) };
        case 'backtest':
            return { subject: '', signals: '', activity: '', items: renderBacktest(result, view.serverUrl, stats) };
        case 'skip':
            return { subject: subjectLine(result.subject, false, null, view), signals: '', activity: '', items: '' };
    }
}
function render_summary_renderSummary(run) {
    const result = run.result;
    const parts = result ? resultParts(result, run.view, run.stats) : { subject: '', signals: '', activity: '', items: '' };
    const reason = result ? reasonOf(result) : '';
    const writes = result ? [...result.writes, ...(result.mode === 'backfill' ? result.items.flatMap((i) => i.writes) : [])] : [];
    const sections = [
        heading(result),
        parts.subject,
        run.error ? `**Error:** ${escape_text_escapeText(run.error, 1000)}` : '',
        reason ? `> ${escape_text_escapeText(reason, 300)}` : '',
        ...run.warnings.map((w) => `> [!WARNING]\n> ${escape_text_escapeText(w, 600)}`),
        parts.signals,
        parts.activity,
        parts.items,
        ...(result?.notes ?? []).map((n) => `- ${escape_text_escapeText(n, 400)}`),
        !result || result.mode === 'skip' ? '' : writesList(writes, run.dryRun),
        footer(run.stats, run.wallMs),
    ];
    return fitSummary(sections.filter((p) => p !== '').join('\n\n'));
}
// GitHub's limit is in bytes; the cut falls on a line boundary so no table row or character is split.
function fitSummary(text) {
    if (Buffer.byteLength(text) <= summaryLimit)
        return text;
    const lines = text.split('\n');
    let size = 0;
    let keep = 0;
    while (keep < lines.length && size + Buffer.byteLength(lines[keep] ?? '') + 1 <= summaryLimit)
        size += Buffer.byteLength(lines[keep++] ?? '') + 1;
    return `${lines.slice(0, keep).join('\n')}\n\n… (cut to stay under GitHub's 1 MiB summary limit)`;
}

;// CONCATENATED MODULE: ./src/cli/environment.ts
// What a local run takes from the environment: the token and where GitHub is. The token never leaves this
// process except in the Authorization header.

function readGitHubEnv(env) {
    const token = (env.GITHUB_TOKEN || env.GH_TOKEN || '').trim();
    if (!token) {
        throw new UsageError('no token: set GITHUB_TOKEN (or GH_TOKEN), e.g. GITHUB_TOKEN=$(gh auth token) newcomer-triage …; a read-only token is enough with --dry-run');
    }
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    checkGraphqlUrl(apiUrl, env.GITHUB_GRAPHQL_URL);
    return { token, orgToken: (env.ORG_TOKEN ?? '').trim(), apiUrl, serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '') };
}
// Octokit derives the GraphQL endpoint from the REST one (…/api/v3 → …/api/graphql on GitHub Enterprise,
// …/graphql otherwise) and the client takes no other; a GITHUB_GRAPHQL_URL that points elsewhere would be
// silently ignored, so it is refused instead.
function checkGraphqlUrl(apiUrl, graphqlUrl) {
    if (!graphqlUrl)
        return;
    const derived = `${apiUrl.replace(/\/api\/v3$/, '/api')}/graphql`;
    if (graphqlUrl.replace(/\/+$/, '') !== derived) {
        throw new UsageError(`GITHUB_GRAPHQL_URL is ${graphqlUrl}, but with GITHUB_API_URL=${apiUrl} GraphQL goes to ${derived}; unset it or make the two agree`);
    }
}

;// CONCATENATED MODULE: ./src/cli/read-settings.ts
// The action's inputs for a local run: --input flags in place of `with:`, tokens from the environment, and the
// same parsing (and the same errors) as the action, since it is the same getSettings.



function readSettings(inputs, env, dryRun) {
    // undefined: an input not given, which takes its default; an empty --input name= means "none" where the
    // action's inputs allow it (labels, messages, lists), as an empty `with:` value does.
    const read = (name) => {
        if (name === 'github-token')
            return env.token;
        if (name === 'org-token')
            return env.orgToken || undefined;
        if (name === 'dry-run' && dryRun)
            return 'true';
        return inputs.get(name);
    };
    try {
        return get_settings_getSettings(read);
    }
    catch (error) {
        if (error instanceof input_error_InputError)
            throw new UsageError(error.message);
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/cli/render-terminal.ts
// The job summary's Markdown, shown in a terminal: the CLI and `npm run demo` print the same summary the action
// writes, so what a maintainer sees locally is what the job page would show. Only the Markdown the summary
// renderer produces is handled (headings, quotes, alerts, tables, lists, bold, code, links, <sub>).

function renderTerminal(markdown, options) {
    const out = [];
    const lines = stripControls(markdown).split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        if (isTableRow(line)) {
            const rows = [];
            while (i < lines.length && isTableRow(lines[i] ?? ''))
                rows.push(lines[i++] ?? '');
            i--;
            out.push(...renderTable(rows, options));
            continue;
        }
        out.push(renderLine(line, options));
    }
    return out.join('\n');
}
function renderLine(line, options) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading)
        return paint(inline(heading[1] ?? '', options), 'bold', options.color);
    if (/^>\s*\[!WARNING\]\s*$/.test(line))
        return paint('⚠ warning', 'yellow', options.color);
    const quote = /^>\s?(.*)$/.exec(line);
    if (quote)
        return `  ${paint('│', 'dim', options.color)} ${inline(quote[1] ?? '', options)}`;
    const item = /^-\s+(.*)$/.exec(line);
    if (item)
        return `  • ${inline(item[1] ?? '', options)}`;
    return inline(line, options);
}
// Inline Markdown to text. Code spans are literal in Markdown (no escapes inside), so they are cut out first.
function inline(text, options) {
    return text
        .split(/(`[^`]*`)/)
        .map((part, i) => (i % 2 === 1 ? part.slice(1, -1) : prose(part, options)))
        .join('');
}
function prose(text, options) {
    return render_terminal_unescape(text
        .replace(/<\/?sub>/g, '')
        .replace(/<!--.*?-->/g, '')
        // Links (the author's) keep their text; the URL is noise in a table and the login says where it goes.
        .replace(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\([^)\s]*\)/g, '$1')
        .replace(/(?<!\\)\*\*((?:\\.|[^*\\])+)\*\*/g, (_m, bold) => paint(bold, 'bold', options.color)));
}
const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
function render_terminal_unescape(text) {
    return text.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, name) => {
        if (name[0] !== '#')
            return entities[name.toLowerCase()] ?? m;
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) && code > 0x1f && code <= 0x10ffff && !(code >= 0x7f && code <= 0x9f) ? String.fromCodePoint(code) : '';
    });
}
// A user's text must not drive the terminal: escape sequences (C0/C1 controls) and bidi overrides are dropped
// before anything is printed. Our own colours are added afterwards.
function stripControls(text) {
    return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}
function isTableRow(line) {
    return line.startsWith('|') && line.trimEnd().endsWith('|');
}
// Cells split on pipes that Markdown would split on: not escaped, not inside a code span.
function splitCells(row) {
    const cells = [];
    let cell = '';
    let code = false;
    const body = row.trim().slice(1, -1);
    for (let i = 0; i < body.length; i++) {
        const c = body[i] ?? '';
        if (c === '\\' && !code && i + 1 < body.length) {
            cell += c + (body[++i] ?? '');
            continue;
        }
        if (c === '`')
            code = !code;
        if (c === '|' && !code) {
            cells.push(cell.trim());
            cell = '';
            continue;
        }
        cell += c;
    }
    cells.push(cell.trim());
    return cells;
}
// Columns padded to the widest cell; the last one is left ragged so a long "why" does not pad every row.
function renderTable(rows, options) {
    const cells = rows.filter((r) => !/^\|[\s|:-]+\|$/.test(r.trim())).map((r) => splitCells(r).map((c) => inline(c, options)));
    const columns = Math.max(...cells.map((r) => r.length));
    const widths = Array.from({ length: columns }, (_, c) => Math.max(...cells.map((r) => displayWidth(r[c] ?? ''))));
    return cells.map((row, r) => {
        const text = row
            .map((cell, c) => (c === columns - 1 ? cell : cell + ' '.repeat((widths[c] ?? 0) - displayWidth(cell))))
            .join('  ')
            .trimEnd();
        return r === 0 ? paint(text, 'dim', options.color) : text;
    });
}
const ansi = /\u001b\[[0-9;]*m/g;
// Columns a string takes in a terminal: emoji and East Asian wide characters take two, joiners and variation
// selectors none. An approximation, but right for everything the summary prints.
function displayWidth(text) {
    let width = 0;
    for (const ch of text.replace(ansi, '')) {
        const cp = ch.codePointAt(0) ?? 0;
        if ((cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x300 && cp <= 0x36f))
            continue;
        const wide = cp >= 0x1f000 ||
            (cp >= 0x231a && cp <= 0x23ff) ||
            (cp >= 0x25fd && cp <= 0x27bf) ||
            (cp >= 0x1100 && cp <= 0x115f) ||
            (cp >= 0x2e80 && cp <= 0xa4cf) ||
            (cp >= 0xac00 && cp <= 0xd7a3) ||
            (cp >= 0xf900 && cp <= 0xfaff) ||
            (cp >= 0xff00 && cp <= 0xff60) ||
            (cp >= 0xffe0 && cp <= 0xffe6);
        width += wide ? 2 : 1;
    }
    return width;
}

;// CONCATENATED MODULE: ./src/cli/run-backtest.ts
// `newcomer-triage backtest --repo owner/name --since YYYY-MM-DD`: what the verdict would have said of the
// repo's past first-time contributors, as the action's backtest computes it; reads only.






// The action's budget for a long run (a backfill or backtest).
const budgetMs = 20 * 60_000;
async function runBacktestCommand(command, io) {
    const env = readGitHubEnv(io.env);
    // dry-run: a backtest never writes, whatever the inputs say.
    const settings = readSettings(command.inputs, env, true);
    const [owner = '', name = ''] = command.repo.split('/');
    const repo = { owner, name };
    const startedAt = Date.now();
    // Loaded here, not at the top: --help and usage errors never pay for parsing Octokit.
    const { createClient, runBacktest } = await import(/* webpackIgnore: true */ '#modes');
    const stats = request_stats_newRequestStats();
    const client = createClient({ token: env.token, baseUrl: env.apiUrl, deadline: AbortSignal.timeout(budgetMs), stats, log: io.err });
    let result;
    try {
        result = await runBacktest(client, repo, settings, env.serverUrl, io.err);
    }
    catch (error) {
        io.err(`newcomer-triage failed: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
    }
    const warnings = [...new Set([...result.warnings, ...stats.warnings])];
    if (command.json)
        io.out(JSON.stringify(toJson(result, env.serverUrl, warnings, stats), null, 2));
    else {
        const view = { serverUrl: env.serverUrl, windowDays: settings['activity-window-days'], ignored: settings['ignore-signals'] };
        io.out(renderTerminal(render_summary_renderSummary({ result, error: null, warnings, stats, wallMs: Date.now() - startedAt, dryRun: true, view }), { color: io.color }));
    }
    return 0;
}
// Every item with its signals, for jq and spreadsheets. Titles are left out (user text); each item's url
// leads to it.
function toJson(result, serverUrl, warnings, stats) {
    const number = (index) => result.items[index]?.subject.number ?? null;
    return {
        repo: `${result.repo.owner}/${result.repo.name}`,
        since: result.since,
        scanned: result.scanned,
        stopped: result.stopped,
        leftOut: result.leftOut,
        items: result.items.map((i) => ({
            number: i.subject.number,
            kind: i.subject.kind,
            url: itemUrl(i.subject, serverUrl),
            author: i.subject.author.login,
            createdAt: i.subject.createdAt,
            outcome: i.outcome,
            verdict: i.score.verdict,
            reason: i.score.reason,
            partial: i.score.partial,
            dependsOnProfile: i.dependsOnProfile,
            signals: i.score.signals,
        })),
        edges: result.edges.map((e) => ({
            input: e.input,
            edge: e.edge,
            current: `${e.current.yellow},${e.current.red}`,
            with: `${e.band.yellow},${e.band.red}`,
            moves: e.moves.map((m) => ({ number: number(m.index), from: m.from, to: m.to })),
        })),
        warnings,
        'api-requests': stats.requests,
        rateLimits: stats.rateLimits,
    };
}

;// CONCATENATED MODULE: ./src/event/event-error.ts
// An event payload the action cannot use (not a JSON object, or without what its event must carry): a bad
// input, reported as one error naming the event file.
class event_error_EventError extends Error {
    constructor(what) {
        super(what);
        this.name = 'EventError';
    }
}

;// CONCATENATED MODULE: ./src/event/skip-rules.ts

// GitHub shows items of deleted accounts as authored by this placeholder user.
const deletedUser = { login: 'ghost', id: 10137 };
// Associations that mean the author already works on the repo; after a merge the author reads CONTRIBUTOR,
// so the post-merge path keeps only these.
const postMergeSkips = ['OWNER', 'MEMBER', 'COLLABORATOR'];
// Associations under which a webhook shows an author who may still have write access some other way (a
// private org member, a team member): the contract counts write or above as COLLABORATOR.
const unconfirmed = ['CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER', 'NONE'];
function mayHaveWriteAccess(association) {
    return unconfirmed.includes(association);
}
// Whether confirming the author's write access could change the skip decision: only when the association
// does not skip already and COLLABORATOR would.
function worthConfirming(subject, settings, postMerge) {
    if (!mayHaveWriteAccess(subject.association))
        return false;
    const skipped = postMerge ? postMergeSkips : settings['skip-associations'];
    return skipped.includes('COLLABORATOR') && !skipped.includes(subject.association);
}
// The contract's order: bot, deleted user, association, trusted user. Pure: no API request.
function getSkipReason(subject, settings, postMerge) {
    const { login, id, type } = subject.author;
    if (settings['skip-bots'] && (type === 'Bot' || isBotLogin(login)))
        return 'bot';
    if (login === deletedUser.login || id === deletedUser.id)
        return 'deleted-user';
    const skipped = postMerge ? postMergeSkips : settings['skip-associations'];
    if (skipped.includes(subject.association))
        return 'association';
    const trusted = settings['trusted-users'];
    if (trusted.logins.includes(login.toLowerCase()) || (id !== null && trusted.ids.includes(id)))
        return 'trusted-user';
    return null;
}

;// CONCATENATED MODULE: ./src/event/get-subject.ts



const maintainerAssociations = ['OWNER', 'MEMBER', 'COLLABORATOR'];
// `repo` is a parameter, not the ambient context, so the CLI's --repo works the same way.
function getPlan(eventName, payload, repo) {
    const action = payload.action ?? '';
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target': {
            const pr = payload.pull_request;
            if (!pr)
                return unsupported();
            // A draft becoming ready is when a maintainer first looks at it, so it counts as an opening.
            if (['opened', 'reopened', 'ready_for_review'].includes(action)) {
                return { mode: 'triage', subject: toSubject(pr, 'pr', repo), command: false, confirmCommenter: null };
            }
            // Only a merge earns the thank-you and the invitation; a PR closed without merge gets nothing.
            if (action === 'closed' && pr.merged === true)
                return { mode: 'post-merge', subject: toSubject(pr, 'pr', repo) };
            return unsupported();
        }
        case 'issues': {
            const issue = payload.issue;
            if (!issue || !['opened', 'reopened'].includes(action))
                return unsupported();
            return { mode: 'triage', subject: toSubject(issue, 'issue', repo), command: false, confirmCommenter: null };
        }
        case 'issue_comment': {
            // Only a new comment that starts with /triage is a command; edits would let anyone replay one.
            const body = payload.comment?.body ?? '';
            const issue = payload.issue;
            if (action !== 'created' || !issue || !/^\/triage(\s|$)/.test(body.trimStart()))
                return unsupported();
            const subject = toSubject(issue, issue.pull_request ? 'pr' : 'issue', repo);
            const association = payload.comment?.author_association ?? '';
            if (maintainerAssociations.includes(association))
                return { mode: 'triage', subject, command: true, confirmCommenter: null };
            const commenter = payload.comment?.user?.login;
            if (!commenter || !mayHaveWriteAccess(association))
                return { mode: 'skip', reason: 'not-a-maintainer', subject };
            return { mode: 'triage', subject, command: true, confirmCommenter: commenter };
        }
        case 'workflow_dispatch':
        case 'schedule':
            return { mode: 'backfill', repo };
        default:
            return unsupported();
    }
}
function unsupported() {
    return { mode: 'skip', reason: 'unsupported-event', subject: null };
}
function toSubject(item, kind, repo) {
    if (typeof item.number !== 'number')
        throw new event_error_EventError(`its ${kind === 'pr' ? 'pull_request' : 'issue'} has no number`);
    const user = item.user ?? null;
    return {
        repo,
        number: item.number,
        kind,
        // A deleted account's items show GitHub's placeholder user "ghost"; a null user is treated the same way.
        author: { login: user?.login ?? 'ghost', id: user?.id ?? null, type: user?.type ?? 'User' },
        association: toAssociation(item.author_association),
        title: item.title ?? '',
        createdAt: item.created_at ?? new Date().toISOString(),
        mergedAt: item.merged_at ?? null,
        size: kind === 'pr' && typeof item.changed_files === 'number'
            ? { additions: item.additions ?? 0, deletions: item.deletions ?? 0, changedFiles: item.changed_files }
            : null,
    };
}

;// CONCATENATED MODULE: ./src/pipeline.ts



// A hanging GitHub cannot hold the job longer than this; every request still open is then ended.
const pipeline_budgetMs = { single: 90_000, backfill: 20 * 60_000 };
// settings → event → the mode (fetch ‖ inspect → score → writers) → its typed result; the caller renders the
// summary and the outputs from it, whatever happens here.
async function pipeline_pipeline(settings, context, now = new Date()) {
    const plan = getPlan(context.eventName, context.payload, context.repo);
    if (plan.mode === 'skip')
        return skipped(plan.reason, plan.subject);
    if (plan.mode !== 'backfill') {
        const reason = getSkipReason(plan.subject, settings, plan.mode === 'post-merge');
        if (reason)
            return skipped(reason, plan.subject);
    }
    // With backtest-since set, a workflow_dispatch (or schedule) replays the past instead: it never writes.
    const work = plan.mode === 'backfill' && settings['backtest-since'] ? { mode: 'backtest', repo: plan.repo } : plan;
    // Left to Node (webpackIgnore), not bundled in: the action and the CLI share one dist/modes.
    const modes = await import(/* webpackIgnore: true */ '#modes');
    const deadline = AbortSignal.timeout(plan.mode === 'backfill' ? pipeline_budgetMs.backfill : pipeline_budgetMs.single);
    const clientFor = (token, paceNotifications = false, tokenInput = 'github-token') => modes.createClient({
        token,
        tokenInput,
        baseUrl: context.apiUrl,
        deadline,
        paceNotifications,
        stats: context.stats,
        ...(context.progress ? { log: context.progress } : {}),
    });
    const view = { serverUrl: context.serverUrl, windowDays: settings['activity-window-days'], ignored: settings['ignore-signals'] };
    const result = await (async () => {
        switch (work.mode) {
            case 'triage':
                return modes.triage(clientFor(settings['github-token']), work.subject, settings, now, view, work.confirmCommenter);
            case 'post-merge': {
                // The org token's requests count too: api-requests is every request the run made to GitHub.
                const orgClient = settings['org-token'] ? clientFor(settings['org-token'], false, 'org-token') : null;
                return modes.postMerge(clientFor(settings['github-token']), orgClient, work.subject, settings, now, context.serverUrl);
            }
            case 'backfill':
                return modes.runBackfill(clientFor(settings['github-token'], true), context.repo, settings, now, view, context.progress);
            case 'backtest':
                return modes.runBacktest(clientFor(settings['github-token']), context.repo, settings, context.serverUrl, context.progress);
        }
    })();
    const warnings = pipeline_withClientWarnings(result.warnings, context.stats);
    return { ...result, warnings, partial: result.partial || context.stats.timedOut.length > 0 };
}
// Rate-limit notices from the throttling plugin, and what GitHub left unanswered, after the mode's own.
function pipeline_withClientWarnings(warnings, stats) {
    const all = [...warnings, ...stats.warnings];
    // A read that failed on the timeout has already said so in its own warning, with what it could not read.
    const unreported = [...new Set(stats.timedOut)].filter((route) => !all.some((w) => w.includes(route)));
    if (unreported.length > 0)
        all.push(`GitHub did not answer in time: ${unreported.join(', ')}`);
    return [...new Set(all)];
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + os.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!fs.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    fs.appendFileSync(filePath, `${toCommandValue(message)}${os.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${os.EOL}${convertedValue}${os.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: ./src/lazy-modules/http-client.ts
// The file, not the package name: the name is this stand-in.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadHttpClient = () => __nccwpck_require__(221);
// The one export its importers use; `new` gives them the real client.
class http_client_HttpClient {
    constructor(...args) {
        return new (loadHttpClient().HttpClient)(...args);
    }
}

;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = (/* unused pure expression or super */ null && (_summary));
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(os.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + os.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: ./src/run.ts










// The action's entry: the only place that fails the step, whatever was thrown.
async function run(env = process.env) {
    const startedAt = Date.now();
    const stats = newRequestStats();
    let settings = null;
    let result = null;
    let error = null;
    try {
        // Registered before anything can print them.
        for (const name of ['github-token', 'org-token']) {
            const token = core.getInput(name);
            if (token)
                core.setSecret(token);
        }
        const read = (name) => (inputIsSet(env, name) ? core.getInput(name) : undefined);
        settings = getSettings(read);
        requireToken(settings);
        const context = readContext(env, stats);
        let ran;
        try {
            ran = await pipeline(settings, context);
        }
        catch (thrown) {
            throw thrown instanceof EventError ? new EventError(`The event file ${env.GITHUB_EVENT_PATH ?? ''} cannot be used: ${thrown.message}`) : thrown;
        }
        // A verdict made of reads GitHub refused is no verdict: the run failed.
        result = stats.refusedToken ? null : { ...ran, warnings: [...inputNotices(read), ...ran.warnings] };
        setOutputs(outputsOf(result, stats));
        const verdict = result ? verdictOf(result) : 'skipped';
        if (result && failOnMet(verdict, settings['fail-on']))
            core.setFailed(`The verdict is ${verdict}, and fail-on is ${settings['fail-on']}.`);
    }
    catch (thrown) {
        error = thrown instanceof Error ? thrown.message : String(thrown);
        setOutputs(outputsOf(null, stats));
        const plain = thrown instanceof InputError || thrown instanceof EventError || !(thrown instanceof Error);
        if (!stats.refusedToken)
            core.setFailed(plain ? error : `newcomer-triage failed: ${error}`);
    }
    finally {
        const refused = stats.refusedToken ? tokenRefusal(stats.refusedToken) : null;
        // A refused token fails every read alike: the one error says it, not one warning per read.
        const warnings = refused ? [] : result ? result.warnings : withClientWarnings([], stats);
        for (const warning of warnings)
            core.warning(warning);
        await writeSummary({
            result,
            error: refused ?? error,
            warnings,
            stats,
            wallMs: Date.now() - startedAt,
            dryRun: settings?.['dry-run'] ?? false,
            view: viewOf(env, settings),
        });
        if (refused)
            core.setFailed(refused);
    }
}
function tokenRefusal(input) {
    return `GitHub refused the token given as '${input}' (HTTP 401 Bad credentials): it is expired, revoked or mistyped. Nothing was read or written.`;
}
// The runner passes input NAME as INPUT_NAME (upper case, spaces as underscores), as core.getInput reads it;
// a missing variable is an input nobody set, an empty one was set empty on purpose.
function inputIsSet(env, name) {
    return env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] !== undefined;
}
function readContext(env, stats) {
    const [owner, name] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !name)
        throw new Error(`GITHUB_REPOSITORY must be "owner/name", got "${env.GITHUB_REPOSITORY ?? ''}"`);
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        throw new Error('GITHUB_EVENT_PATH is not set: the event payload is needed');
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload: readPayload(path),
        repo: { owner, name },
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
        serverUrl: serverUrlOf(env),
        stats,
    };
}
// The webhook payload: a JSON object, or a bad input naming the file.
function readPayload(path) {
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (error) {
        throw new EventError(`The event file ${path} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch (error) {
        throw new EventError(`The event file ${path} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
        throw new EventError(`The event file ${path} must hold a JSON object (a webhook payload), not ${Array.isArray(payload) ? 'an array' : String(payload)}`);
    }
    return payload;
}
function serverUrlOf(env) {
    return env.GITHUB_SERVER_URL ?? 'https://github.com';
}
function viewOf(env, settings) {
    return { serverUrl: serverUrlOf(env), windowDays: settings?.['activity-window-days'] ?? 90, ignored: settings?.['ignore-signals'] ?? [] };
}
// Every output on every path; none carries user text. A run that failed before a result has the defaults.
function outputsOf(result, stats) {
    const single = result?.mode === 'triage' || result?.mode === 'post-merge' || result?.mode === 'skip' ? result : null;
    return {
        verdict: result ? results_verdictOf(result) : 'skipped',
        'skipped-reason': result?.mode === 'skip' ? result.skippedReason : '',
        author: single?.subject?.author.login ?? '',
        'first-time': String(single !== null && single.mode !== 'skip' && single.firstTime),
        signals: JSON.stringify(result?.mode === 'triage' ? signalsOutput(result.score.signals) : []),
        partial: String(result?.partial ?? false),
        'api-requests': String(stats.requests),
        triaged: JSON.stringify(result?.mode === 'backfill' ? result.items.map((i) => ({ number: i.number, author: i.author, verdict: i.verdict })) : []),
    };
}
// The signals as the output gives them: no user text (the quote stays in the summary).
function signalsOutput(signals) {
    return signals.map(({ id, level, value, detail, url }) => ({ id, level, value, detail, url }));
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        core.setOutput(name, value);
}
// On every path; a summary that cannot be written only warns.
async function writeSummary(summary) {
    try {
        await core.summary.addRaw(renderSummary(summary), true).write();
    }
    catch (error) {
        core.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/cli/read-event.ts
// The payload file a local run starts from, checked the way a maintainer would want to hear about it: which
// file, and what is wrong with it.


// The keys that tell webhook payloads apart, in the order they are tried: a comment's payload also has
// `issue`, and a review comment's has `pull_request` (it is not an event the action handles).
const guesses = [
    { keys: ['issue', 'comment'], eventName: 'issue_comment' },
    // The workflow the README recommends: pull_request_target can write to fork PRs.
    { keys: ['pull_request'], eventName: 'pull_request_target' },
    { keys: ['issue'], eventName: 'issues' },
    { keys: ['inputs'], eventName: 'workflow_dispatch' },
    { keys: ['schedule'], eventName: 'schedule' },
];
function readEvent(path, eventName, repoFlag) {
    let text;
    try {
        text = (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new UsageError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code ?? String(error)})`);
    }
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch (error) {
        throw new UsageError(`${path}: not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
        throw new UsageError(`${path}: not a webhook payload: expected a JSON object, got ${Array.isArray(payload) ? 'an array' : typeof payload}`);
    }
    const json = payload;
    const repository = json.repository;
    if (typeof repository !== 'object' || repository === null) {
        throw new UsageError(`${path}: not a webhook payload: it has no "repository" object (GitHub sends one with every event this action handles)`);
    }
    const repo = parseRepo(repoFlag ?? (typeof repository.full_name === 'string' ? repository.full_name : ''), path);
    if (eventName)
        return { eventName, guessed: false, payload: json, repo };
    const guess = guesses.find((g) => g.keys.every((key) => key in json));
    if (!guess) {
        throw new UsageError(`${path}: not a webhook payload this action handles: it has none of "pull_request", "issue", "comment", "inputs", "schedule"; pass --event-name if it is one`);
    }
    return { eventName: guess.eventName, guessed: true, payload: json, repo };
}
function parseRepo(fullName, path) {
    const [owner, name, ...rest] = fullName.split('/');
    if (!owner || !name || rest.length > 0)
        throw new UsageError(`${path}: repository.full_name is not owner/name; pass --repo owner/name`);
    return { owner, name };
}

;// CONCATENATED MODULE: ./src/cli/run-event.ts
// `newcomer-triage --event payload.json`: the action's pipeline on one event, outside Actions. The same
// settings, pipeline and summary as run.ts; only where inputs come from and where output goes differ.










async function runEvent(command, io) {
    const env = readGitHubEnv(io.env);
    const event = readEvent(command.eventPath, command.eventName, command.repo);
    const settings = readSettings(command.inputs, env, command.dryRun);
    if (event.guessed)
        io.err(`event: ${event.eventName} (guessed from the payload; --event-name to change it)`);
    if (!settings['dry-run'])
        io.err('not a dry run: labels and comments are written to GitHub (--dry-run to only report them)');
    const startedAt = Date.now();
    const stats = request_stats_newRequestStats();
    const context = {
        eventName: event.eventName,
        payload: event.payload,
        repo: event.repo,
        apiUrl: env.apiUrl,
        serverUrl: env.serverUrl,
        stats,
        progress: io.err,
    };
    let result = null;
    let error = null;
    try {
        result = await pipeline_pipeline(settings, context);
    }
    catch (thrown) {
        // As in run.ts: the summary still shows what failed.
        error = thrown instanceof Error ? thrown.message : String(thrown);
    }
    const warnings = result ? result.warnings : pipeline_withClientWarnings([], stats);
    const view = { serverUrl: env.serverUrl, windowDays: settings['activity-window-days'], ignored: settings['ignore-signals'] };
    if (command.json)
        io.out(JSON.stringify({ ...outputsOf(result, stats), warnings, ...(error ? { error } : {}) }, null, 2));
    else
        io.out(renderTerminal(render_summary_renderSummary({ result, error, warnings, stats, wallMs: Date.now() - startedAt, dryRun: settings['dry-run'], view }), { color: io.color }));
    if (stats.refusedToken) {
        io.err('newcomer-triage failed: GitHub refused the token in GITHUB_TOKEN (HTTP 401 Bad credentials): it is expired, revoked or mistyped');
        return 1;
    }
    if (error !== null || !result) {
        io.err(`newcomer-triage failed: ${error ?? 'no result'}`);
        return 1;
    }
    const verdict = results_verdictOf(result);
    if (compare_verdicts_failOnMet(verdict, settings['fail-on'])) {
        io.err(`The verdict is ${verdict}, and fail-on is ${settings['fail-on']}.`);
        return 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/run-profile.ts
// `newcomer-triage profile <login>`: one account's signals and verdict, with no PR or issue and no writes.






// The same budget a single triage has in the pipeline.
const run_profile_budgetMs = 90_000;
async function runProfile(command, io) {
    const env = readGitHubEnv(io.env);
    // dry-run: a profile never writes, whatever the inputs say.
    const settings = readSettings(command.inputs, env, true);
    const startedAt = Date.now();
    // Loaded here, not at the top: --help and usage errors never pay for parsing Octokit.
    const { createClient, profileLogin } = await import(/* webpackIgnore: true */ '#modes');
    const stats = request_stats_newRequestStats();
    const client = createClient({ token: env.token, baseUrl: env.apiUrl, deadline: AbortSignal.timeout(run_profile_budgetMs), stats });
    let result;
    try {
        result = await profileLogin(client, command.login, settings, new Date(), env.serverUrl);
    }
    catch (error) {
        io.err(`newcomer-triage failed: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
    }
    if (stats.refusedToken) {
        io.err('newcomer-triage failed: GitHub refused the token in GITHUB_TOKEN (HTTP 401 Bad credentials): it is expired, revoked or mistyped');
        return 1;
    }
    const wallMs = Date.now() - startedAt;
    if (command.json) {
        const { score, partial, warnings, name } = result;
        const { verdict, reason, signals } = score;
        io.out(JSON.stringify({ login: command.login, name, verdict, reason, partial, signals, warnings, 'api-requests': stats.requests }, null, 2));
    }
    else {
        io.out(renderTerminal(renderProfile(result, settings, footer(stats, wallMs)), { color: io.color }));
    }
    return 0;
}
// Markdown in the summary's own pieces, so the terminal shows the table a job summary would.
function renderProfile(result, settings, footerLine) {
    const { score } = result;
    const name = result.name ? ` (${escape_text_escapeText(result.name, 80)})` : '';
    return [
        `### ${levelIcons[score.verdict]} ${escape_text_escapeText(result.login, 60)}${name}: ${score.verdict}`,
        score.reason ? `> ${escape_text_escapeText(score.reason, 300)}` : '',
        ...result.warnings.map((w) => `> [!WARNING]\n> ${escape_text_escapeText(w, 600)}`),
        signalTable(score.signals, settings['ignore-signals']),
        activityLine(result.activity, settings['activity-window-days']),
        footerLine,
    ]
        .filter((p) => p !== '')
        .join('\n\n');
}

;// CONCATENATED MODULE: ./src/cli/index.ts
// The `newcomer-triage` command: the action's pipeline from a terminal. Exit codes: 0 done, 1 fail-on met or
// the run failed, 2 a usage error (flags, payload file, inputs, token).






async function main(argv) {
    const io = {
        out: (text) => process.stdout.write(`${text}\n`),
        err: (line) => process.stderr.write(`${line}\n`),
        env: process.env,
        color: useColor(process.stdout),
    };
    try {
        const command = parseCommand(argv);
        if (command.kind === 'help') {
            io.out(usage);
            return 0;
        }
        switch (command.kind) {
            case 'profile':
                return await runProfile(command, io);
            case 'backtest':
                return await runBacktestCommand(command, io);
            case 'event':
                return await runEvent(command, io);
        }
    }
    catch (error) {
        if (error instanceof UsageError) {
            io.err(`newcomer-triage: ${error.message}`);
            return 2;
        }
        io.err(`newcomer-triage failed: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
    }
}
// exitCode rather than exit(): stdout is flushed before the process ends, even when piped.
void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
});

