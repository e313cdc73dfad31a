import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 251:
/***/ (function(module) {

/**
  * This file contains the Bottleneck library (MIT), compiled to ES2017, and without Clustering support.
  * https://github.com/SGrondin/bottleneck
  */
(function (global, factory) {
	 true ? module.exports = factory() :
	0;
}(this, (function () { 'use strict';

	var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

	function getCjsExportFromNamespace (n) {
		return n && n['default'] || n;
	}

	var load = function(received, defaults, onto = {}) {
	  var k, ref, v;
	  for (k in defaults) {
	    v = defaults[k];
	    onto[k] = (ref = received[k]) != null ? ref : v;
	  }
	  return onto;
	};

	var overwrite = function(received, defaults, onto = {}) {
	  var k, v;
	  for (k in received) {
	    v = received[k];
	    if (defaults[k] !== void 0) {
	      onto[k] = v;
	    }
	  }
	  return onto;
	};

	var parser = {
		load: load,
		overwrite: overwrite
	};

	var DLList;

	DLList = class DLList {
	  constructor(incr, decr) {
	    this.incr = incr;
	    this.decr = decr;
	    this._first = null;
	    this._last = null;
	    this.length = 0;
	  }

	  push(value) {
	    var node;
	    this.length++;
	    if (typeof this.incr === "function") {
	      this.incr();
	    }
	    node = {
	      value,
	      prev: this._last,
	      next: null
	    };
	    if (this._last != null) {
	      this._last.next = node;
	      this._last = node;
	    } else {
	      this._first = this._last = node;
	    }
	    return void 0;
	  }

	  shift() {
	    var value;
	    if (this._first == null) {
	      return;
	    } else {
	      this.length--;
	      if (typeof this.decr === "function") {
	        this.decr();
	      }
	    }
	    value = this._first.value;
	    if ((this._first = this._first.next) != null) {
	      this._first.prev = null;
	    } else {
	      this._last = null;
	    }
	    return value;
	  }

	  first() {
	    if (this._first != null) {
	      return this._first.value;
	    }
	  }

	  getArray() {
	    var node, ref, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, ref.value));
	    }
	    return results;
	  }

	  forEachShift(cb) {
	    var node;
	    node = this.shift();
	    while (node != null) {
	      (cb(node), node = this.shift());
	    }
	    return void 0;
	  }

	  debug() {
	    var node, ref, ref1, ref2, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, {
	        value: ref.value,
	        prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
	        next: (ref2 = ref.next) != null ? ref2.value : void 0
	      }));
	    }
	    return results;
	  }

	};

	var DLList_1 = DLList;

	var Events;

	Events = class Events {
	  constructor(instance) {
	    this.instance = instance;
	    this._events = {};
	    if ((this.instance.on != null) || (this.instance.once != null) || (this.instance.removeAllListeners != null)) {
	      throw new Error("An Emitter already exists for this object");
	    }
	    this.instance.on = (name, cb) => {
	      return this._addListener(name, "many", cb);
	    };
	    this.instance.once = (name, cb) => {
	      return this._addListener(name, "once", cb);
	    };
	    this.instance.removeAllListeners = (name = null) => {
	      if (name != null) {
	        return delete this._events[name];
	      } else {
	        return this._events = {};
	      }
	    };
	  }

	  _addListener(name, status, cb) {
	    var base;
	    if ((base = this._events)[name] == null) {
	      base[name] = [];
	    }
	    this._events[name].push({cb, status});
	    return this.instance;
	  }

	  listenerCount(name) {
	    if (this._events[name] != null) {
	      return this._events[name].length;
	    } else {
	      return 0;
	    }
	  }

	  async trigger(name, ...args) {
	    var e, promises;
	    try {
	      if (name !== "debug") {
	        this.trigger("debug", `Event triggered: ${name}`, args);
	      }
	      if (this._events[name] == null) {
	        return;
	      }
	      this._events[name] = this._events[name].filter(function(listener) {
	        return listener.status !== "none";
	      });
	      promises = this._events[name].map(async(listener) => {
	        var e, returned;
	        if (listener.status === "none") {
	          return;
	        }
	        if (listener.status === "once") {
	          listener.status = "none";
	        }
	        try {
	          returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
	          if (typeof (returned != null ? returned.then : void 0) === "function") {
	            return (await returned);
	          } else {
	            return returned;
	          }
	        } catch (error) {
	          e = error;
	          {
	            this.trigger("error", e);
	          }
	          return null;
	        }
	      });
	      return ((await Promise.all(promises))).find(function(x) {
	        return x != null;
	      });
	    } catch (error) {
	      e = error;
	      {
	        this.trigger("error", e);
	      }
	      return null;
	    }
	  }

	};

	var Events_1 = Events;

	var DLList$1, Events$1, Queues;

	DLList$1 = DLList_1;

	Events$1 = Events_1;

	Queues = class Queues {
	  constructor(num_priorities) {
	    var i;
	    this.Events = new Events$1(this);
	    this._length = 0;
	    this._lists = (function() {
	      var j, ref, results;
	      results = [];
	      for (i = j = 1, ref = num_priorities; (1 <= ref ? j <= ref : j >= ref); i = 1 <= ref ? ++j : --j) {
	        results.push(new DLList$1((() => {
	          return this.incr();
	        }), (() => {
	          return this.decr();
	        })));
	      }
	      return results;
	    }).call(this);
	  }

	  incr() {
	    if (this._length++ === 0) {
	      return this.Events.trigger("leftzero");
	    }
	  }

	  decr() {
	    if (--this._length === 0) {
	      return this.Events.trigger("zero");
	    }
	  }

	  push(job) {
	    return this._lists[job.options.priority].push(job);
	  }

	  queued(priority) {
	    if (priority != null) {
	      return this._lists[priority].length;
	    } else {
	      return this._length;
	    }
	  }

	  shiftAll(fn) {
	    return this._lists.forEach(function(list) {
	      return list.forEachShift(fn);
	    });
	  }

	  getFirst(arr = this._lists) {
	    var j, len, list;
	    for (j = 0, len = arr.length; j < len; j++) {
	      list = arr[j];
	      if (list.length > 0) {
	        return list;
	      }
	    }
	    return [];
	  }

	  shiftLastFrom(priority) {
	    return this.getFirst(this._lists.slice(priority).reverse()).shift();
	  }

	};

	var Queues_1 = Queues;

	var BottleneckError;

	BottleneckError = class BottleneckError extends Error {};

	var BottleneckError_1 = BottleneckError;

	var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;

	NUM_PRIORITIES = 10;

	DEFAULT_PRIORITY = 5;

	parser$1 = parser;

	BottleneckError$1 = BottleneckError_1;

	Job = class Job {
	  constructor(task, args, options, jobDefaults, rejectOnDrop, Events, _states, Promise) {
	    this.task = task;
	    this.args = args;
	    this.rejectOnDrop = rejectOnDrop;
	    this.Events = Events;
	    this._states = _states;
	    this.Promise = Promise;
	    this.options = parser$1.load(options, jobDefaults);
	    this.options.priority = this._sanitizePriority(this.options.priority);
	    if (this.options.id === jobDefaults.id) {
	      this.options.id = `${this.options.id}-${this._randomIndex()}`;
	    }
	    this.promise = new this.Promise((_resolve, _reject) => {
	      this._resolve = _resolve;
	      this._reject = _reject;
	    });
	    this.retryCount = 0;
	  }

	  _sanitizePriority(priority) {
	    var sProperty;
	    sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
	    if (sProperty < 0) {
	      return 0;
	    } else if (sProperty > NUM_PRIORITIES - 1) {
	      return NUM_PRIORITIES - 1;
	    } else {
	      return sProperty;
	    }
	  }

	  _randomIndex() {
	    return Math.random().toString(36).slice(2);
	  }

	  doDrop({error, message = "This job has been dropped by Bottleneck"} = {}) {
	    if (this._states.remove(this.options.id)) {
	      if (this.rejectOnDrop) {
	        this._reject(error != null ? error : new BottleneckError$1(message));
	      }
	      this.Events.trigger("dropped", {args: this.args, options: this.options, task: this.task, promise: this.promise});
	      return true;
	    } else {
	      return false;
	    }
	  }

	  _assertStatus(expected) {
	    var status;
	    status = this._states.jobStatus(this.options.id);
	    if (!(status === expected || (expected === "DONE" && status === null))) {
	      throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
	    }
	  }

	  doReceive() {
	    this._states.start(this.options.id);
	    return this.Events.trigger("received", {args: this.args, options: this.options});
	  }

	  doQueue(reachedHWM, blocked) {
	    this._assertStatus("RECEIVED");
	    this._states.next(this.options.id);
	    return this.Events.trigger("queued", {args: this.args, options: this.options, reachedHWM, blocked});
	  }

	  doRun() {
	    if (this.retryCount === 0) {
	      this._assertStatus("QUEUED");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    return this.Events.trigger("scheduled", {args: this.args, options: this.options});
	  }

	  async doExecute(chained, clearGlobalState, run, free) {
	    var error, eventInfo, passed;
	    if (this.retryCount === 0) {
	      this._assertStatus("RUNNING");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    this.Events.trigger("executing", eventInfo);
	    try {
	      passed = (await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args)));
	      if (clearGlobalState()) {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._resolve(passed);
	      }
	    } catch (error1) {
	      error = error1;
	      return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	    }
	  }

	  doExpire(clearGlobalState, run, free) {
	    var error, eventInfo;
	    if (this._states.jobStatus(this.options.id === "RUNNING")) {
	      this._states.next(this.options.id);
	    }
	    this._assertStatus("EXECUTING");
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
	    return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	  }

	  async _onFailure(error, eventInfo, clearGlobalState, run, free) {
	    var retry, retryAfter;
	    if (clearGlobalState()) {
	      retry = (await this.Events.trigger("failed", error, eventInfo));
	      if (retry != null) {
	        retryAfter = ~~retry;
	        this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
	        this.retryCount++;
	        return run(retryAfter);
	      } else {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._reject(error);
	      }
	    }
	  }

	  doDone(eventInfo) {
	    this._assertStatus("EXECUTING");
	    this._states.next(this.options.id);
	    return this.Events.trigger("done", eventInfo);
	  }

	};

	var Job_1 = Job;

	var BottleneckError$2, LocalDatastore, parser$2;

	parser$2 = parser;

	BottleneckError$2 = BottleneckError_1;

	LocalDatastore = class LocalDatastore {
	  constructor(instance, storeOptions, storeInstanceOptions) {
	    this.instance = instance;
	    this.storeOptions = storeOptions;
	    this.clientId = this.instance._randomIndex();
	    parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
	    this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
	    this._running = 0;
	    this._done = 0;
	    this._unblockTime = 0;
	    this.ready = this.Promise.resolve();
	    this.clients = {};
	    this._startHeartbeat();
	  }

	  _startHeartbeat() {
	    var base;
	    if ((this.heartbeat == null) && (((this.storeOptions.reservoirRefreshInterval != null) && (this.storeOptions.reservoirRefreshAmount != null)) || ((this.storeOptions.reservoirIncreaseInterval != null) && (this.storeOptions.reservoirIncreaseAmount != null)))) {
	      return typeof (base = (this.heartbeat = setInterval(() => {
	        var amount, incr, maximum, now, reservoir;
	        now = Date.now();
	        if ((this.storeOptions.reservoirRefreshInterval != null) && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
	          this._lastReservoirRefresh = now;
	          this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
	          this.instance._drainAll(this.computeCapacity());
	        }
	        if ((this.storeOptions.reservoirIncreaseInterval != null) && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
	          ({
	            reservoirIncreaseAmount: amount,
	            reservoirIncreaseMaximum: maximum,
	            reservoir
	          } = this.storeOptions);
	          this._lastReservoirIncrease = now;
	          incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
	          if (incr > 0) {
	            this.storeOptions.reservoir += incr;
	            return this.instance._drainAll(this.computeCapacity());
	          }
	        }
	      }, this.heartbeatInterval))).unref === "function" ? base.unref() : void 0;
	    } else {
	      return clearInterval(this.heartbeat);
	    }
	  }

	  async __publish__(message) {
	    await this.yieldLoop();
	    return this.instance.Events.trigger("message", message.toString());
	  }

	  async __disconnect__(flush) {
	    await this.yieldLoop();
	    clearInterval(this.heartbeat);
	    return this.Promise.resolve();
	  }

	  yieldLoop(t = 0) {
	    return new this.Promise(function(resolve, reject) {
	      return setTimeout(resolve, t);
	    });
	  }

	  computePenalty() {
	    var ref;
	    return (ref = this.storeOptions.penalty) != null ? ref : (15 * this.storeOptions.minTime) || 5000;
	  }

	  async __updateSettings__(options) {
	    await this.yieldLoop();
	    parser$2.overwrite(options, options, this.storeOptions);
	    this._startHeartbeat();
	    this.instance._drainAll(this.computeCapacity());
	    return true;
	  }

	  async __running__() {
	    await this.yieldLoop();
	    return this._running;
	  }

	  async __queued__() {
	    await this.yieldLoop();
	    return this.instance.queued();
	  }

	  async __done__() {
	    await this.yieldLoop();
	    return this._done;
	  }

	  async __groupCheck__(time) {
	    await this.yieldLoop();
	    return (this._nextRequest + this.timeout) < time;
	  }

	  computeCapacity() {
	    var maxConcurrent, reservoir;
	    ({maxConcurrent, reservoir} = this.storeOptions);
	    if ((maxConcurrent != null) && (reservoir != null)) {
	      return Math.min(maxConcurrent - this._running, reservoir);
	    } else if (maxConcurrent != null) {
	      return maxConcurrent - this._running;
	    } else if (reservoir != null) {
	      return reservoir;
	    } else {
	      return null;
	    }
	  }

	  conditionsCheck(weight) {
	    var capacity;
	    capacity = this.computeCapacity();
	    return (capacity == null) || weight <= capacity;
	  }

	  async __incrementReservoir__(incr) {
	    var reservoir;
	    await this.yieldLoop();
	    reservoir = this.storeOptions.reservoir += incr;
	    this.instance._drainAll(this.computeCapacity());
	    return reservoir;
	  }

	  async __currentReservoir__() {
	    await this.yieldLoop();
	    return this.storeOptions.reservoir;
	  }

	  isBlocked(now) {
	    return this._unblockTime >= now;
	  }

	  check(weight, now) {
	    return this.conditionsCheck(weight) && (this._nextRequest - now) <= 0;
	  }

	  async __check__(weight) {
	    var now;
	    await this.yieldLoop();
	    now = Date.now();
	    return this.check(weight, now);
	  }

	  async __register__(index, weight, expiration) {
	    var now, wait;
	    await this.yieldLoop();
	    now = Date.now();
	    if (this.conditionsCheck(weight)) {
	      this._running += weight;
	      if (this.storeOptions.reservoir != null) {
	        this.storeOptions.reservoir -= weight;
	      }
	      wait = Math.max(this._nextRequest - now, 0);
	      this._nextRequest = now + wait + this.storeOptions.minTime;
	      return {
	        success: true,
	        wait,
	        reservoir: this.storeOptions.reservoir
	      };
	    } else {
	      return {
	        success: false
	      };
	    }
	  }

	  strategyIsBlock() {
	    return this.storeOptions.strategy === 3;
	  }

	  async __submit__(queueLength, weight) {
	    var blocked, now, reachedHWM;
	    await this.yieldLoop();
	    if ((this.storeOptions.maxConcurrent != null) && weight > this.storeOptions.maxConcurrent) {
	      throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
	    }
	    now = Date.now();
	    reachedHWM = (this.storeOptions.highWater != null) && queueLength === this.storeOptions.highWater && !this.check(weight, now);
	    blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
	    if (blocked) {
	      this._unblockTime = now + this.computePenalty();
	      this._nextRequest = this._unblockTime + this.storeOptions.minTime;
	      this.instance._dropAllQueued();
	    }
	    return {
	      reachedHWM,
	      blocked,
	      strategy: this.storeOptions.strategy
	    };
	  }

	  async __free__(index, weight) {
	    await this.yieldLoop();
	    this._running -= weight;
	    this._done += weight;
	    this.instance._drainAll(this.computeCapacity());
	    return {
	      running: this._running
	    };
	  }

	};

	var LocalDatastore_1 = LocalDatastore;

	var BottleneckError$3, States;

	BottleneckError$3 = BottleneckError_1;

	States = class States {
	  constructor(status1) {
	    this.status = status1;
	    this._jobs = {};
	    this.counts = this.status.map(function() {
	      return 0;
	    });
	  }

	  next(id) {
	    var current, next;
	    current = this._jobs[id];
	    next = current + 1;
	    if ((current != null) && next < this.status.length) {
	      this.counts[current]--;
	      this.counts[next]++;
	      return this._jobs[id]++;
	    } else if (current != null) {
	      this.counts[current]--;
	      return delete this._jobs[id];
	    }
	  }

	  start(id) {
	    var initial;
	    initial = 0;
	    this._jobs[id] = initial;
	    return this.counts[initial]++;
	  }

	  remove(id) {
	    var current;
	    current = this._jobs[id];
	    if (current != null) {
	      this.counts[current]--;
	      delete this._jobs[id];
	    }
	    return current != null;
	  }

	  jobStatus(id) {
	    var ref;
	    return (ref = this.status[this._jobs[id]]) != null ? ref : null;
	  }

	  statusJobs(status) {
	    var k, pos, ref, results, v;
	    if (status != null) {
	      pos = this.status.indexOf(status);
	      if (pos < 0) {
	        throw new BottleneckError$3(`status must be one of ${this.status.join(', ')}`);
	      }
	      ref = this._jobs;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        if (v === pos) {
	          results.push(k);
	        }
	      }
	      return results;
	    } else {
	      return Object.keys(this._jobs);
	    }
	  }

	  statusCounts() {
	    return this.counts.reduce(((acc, v, i) => {
	      acc[this.status[i]] = v;
	      return acc;
	    }), {});
	  }

	};

	var States_1 = States;

	var DLList$2, Sync;

	DLList$2 = DLList_1;

	Sync = class Sync {
	  constructor(name, Promise) {
	    this.schedule = this.schedule.bind(this);
	    this.name = name;
	    this.Promise = Promise;
	    this._running = 0;
	    this._queue = new DLList$2();
	  }

	  isEmpty() {
	    return this._queue.length === 0;
	  }

	  async _tryToRun() {
	    var args, cb, error, reject, resolve, returned, task;
	    if ((this._running < 1) && this._queue.length > 0) {
	      this._running++;
	      ({task, args, resolve, reject} = this._queue.shift());
	      cb = (await (async function() {
	        try {
	          returned = (await task(...args));
	          return function() {
	            return resolve(returned);
	          };
	        } catch (error1) {
	          error = error1;
	          return function() {
	            return reject(error);
	          };
	        }
	      })());
	      this._running--;
	      this._tryToRun();
	      return cb();
	    }
	  }

	  schedule(task, ...args) {
	    var promise, reject, resolve;
	    resolve = reject = null;
	    promise = new this.Promise(function(_resolve, _reject) {
	      resolve = _resolve;
	      return reject = _reject;
	    });
	    this._queue.push({task, args, resolve, reject});
	    this._tryToRun();
	    return promise;
	  }

	};

	var Sync_1 = Sync;

	var version = "2.19.5";
	var version$1 = {
		version: version
	};

	var version$2 = /*#__PURE__*/Object.freeze({
		version: version,
		default: version$1
	});

	var require$$2 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$3 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$4 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;

	parser$3 = parser;

	Events$2 = Events_1;

	RedisConnection$1 = require$$2;

	IORedisConnection$1 = require$$3;

	Scripts$1 = require$$4;

	Group = (function() {
	  class Group {
	    constructor(limiterOptions = {}) {
	      this.deleteKey = this.deleteKey.bind(this);
	      this.limiterOptions = limiterOptions;
	      parser$3.load(this.limiterOptions, this.defaults, this);
	      this.Events = new Events$2(this);
	      this.instances = {};
	      this.Bottleneck = Bottleneck_1;
	      this._startAutoCleanup();
	      this.sharedConnection = this.connection != null;
	      if (this.connection == null) {
	        if (this.limiterOptions.datastore === "redis") {
	          this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        } else if (this.limiterOptions.datastore === "ioredis") {
	          this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        }
	      }
	    }

	    key(key = "") {
	      var ref;
	      return (ref = this.instances[key]) != null ? ref : (() => {
	        var limiter;
	        limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
	          id: `${this.id}-${key}`,
	          timeout: this.timeout,
	          connection: this.connection
	        }));
	        this.Events.trigger("created", limiter, key);
	        return limiter;
	      })();
	    }

	    async deleteKey(key = "") {
	      var deleted, instance;
	      instance = this.instances[key];
	      if (this.connection) {
	        deleted = (await this.connection.__runCommand__(['del', ...Scripts$1.allKeys(`${this.id}-${key}`)]));
	      }
	      if (instance != null) {
	        delete this.instances[key];
	        await instance.disconnect();
	      }
	      return (instance != null) || deleted > 0;
	    }

	    limiters() {
	      var k, ref, results, v;
	      ref = this.instances;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        results.push({
	          key: k,
	          limiter: v
	        });
	      }
	      return results;
	    }

	    keys() {
	      return Object.keys(this.instances);
	    }

	    async clusterKeys() {
	      var cursor, end, found, i, k, keys, len, next, start;
	      if (this.connection == null) {
	        return this.Promise.resolve(this.keys());
	      }
	      keys = [];
	      cursor = null;
	      start = `b_${this.id}-`.length;
	      end = "_settings".length;
	      while (cursor !== 0) {
	        [next, found] = (await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 10000]));
	        cursor = ~~next;
	        for (i = 0, len = found.length; i < len; i++) {
	          k = found[i];
	          keys.push(k.slice(start, -end));
	        }
	      }
	      return keys;
	    }

	    _startAutoCleanup() {
	      var base;
	      clearInterval(this.interval);
	      return typeof (base = (this.interval = setInterval(async() => {
	        var e, k, ref, results, time, v;
	        time = Date.now();
	        ref = this.instances;
	        results = [];
	        for (k in ref) {
	          v = ref[k];
	          try {
	            if ((await v._store.__groupCheck__(time))) {
	              results.push(this.deleteKey(k));
	            } else {
	              results.push(void 0);
	            }
	          } catch (error) {
	            e = error;
	            results.push(v.Events.trigger("error", e));
	          }
	        }
	        return results;
	      }, this.timeout / 2))).unref === "function" ? base.unref() : void 0;
	    }

	    updateSettings(options = {}) {
	      parser$3.overwrite(options, this.defaults, this);
	      parser$3.overwrite(options, options, this.limiterOptions);
	      if (options.timeout != null) {
	        return this._startAutoCleanup();
	      }
	    }

	    disconnect(flush = true) {
	      var ref;
	      if (!this.sharedConnection) {
	        return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
	      }
	    }

	  }
	  Group.prototype.defaults = {
	    timeout: 1000 * 60 * 5,
	    connection: null,
	    Promise: Promise,
	    id: "group-key"
	  };

	  return Group;

	}).call(commonjsGlobal);

	var Group_1 = Group;

	var Batcher, Events$3, parser$4;

	parser$4 = parser;

	Events$3 = Events_1;

	Batcher = (function() {
	  class Batcher {
	    constructor(options = {}) {
	      this.options = options;
	      parser$4.load(this.options, this.defaults, this);
	      this.Events = new Events$3(this);
	      this._arr = [];
	      this._resetPromise();
	      this._lastFlush = Date.now();
	    }

	    _resetPromise() {
	      return this._promise = new this.Promise((res, rej) => {
	        return this._resolve = res;
	      });
	    }

	    _flush() {
	      clearTimeout(this._timeout);
	      this._lastFlush = Date.now();
	      this._resolve();
	      this.Events.trigger("batch", this._arr);
	      this._arr = [];
	      return this._resetPromise();
	    }

	    add(data) {
	      var ret;
	      this._arr.push(data);
	      ret = this._promise;
	      if (this._arr.length === this.maxSize) {
	        this._flush();
	      } else if ((this.maxTime != null) && this._arr.length === 1) {
	        this._timeout = setTimeout(() => {
	          return this._flush();
	        }, this.maxTime);
	      }
	      return ret;
	    }

	  }
	  Batcher.prototype.defaults = {
	    maxTime: null,
	    maxSize: null,
	    Promise: Promise
	  };

	  return Batcher;

	}).call(commonjsGlobal);

	var Batcher_1 = Batcher;

	var require$$4$1 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$8 = getCjsExportFromNamespace(version$2);

	var Bottleneck, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5,
	  splice = [].splice;

	NUM_PRIORITIES$1 = 10;

	DEFAULT_PRIORITY$1 = 5;

	parser$5 = parser;

	Queues$1 = Queues_1;

	Job$1 = Job_1;

	LocalDatastore$1 = LocalDatastore_1;

	RedisDatastore$1 = require$$4$1;

	Events$4 = Events_1;

	States$1 = States_1;

	Sync$1 = Sync_1;

	Bottleneck = (function() {
	  class Bottleneck {
	    constructor(options = {}, ...invalid) {
	      var storeInstanceOptions, storeOptions;
	      this._addToQueue = this._addToQueue.bind(this);
	      this._validateOptions(options, invalid);
	      parser$5.load(options, this.instanceDefaults, this);
	      this._queues = new Queues$1(NUM_PRIORITIES$1);
	      this._scheduled = {};
	      this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
	      this._limiter = null;
	      this.Events = new Events$4(this);
	      this._submitLock = new Sync$1("submit", this.Promise);
	      this._registerLock = new Sync$1("register", this.Promise);
	      storeOptions = parser$5.load(options, this.storeDefaults, {});
	      this._store = (function() {
	        if (this.datastore === "redis" || this.datastore === "ioredis" || (this.connection != null)) {
	          storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
	          return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else if (this.datastore === "local") {
	          storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
	          return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else {
	          throw new Bottleneck.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
	        }
	      }).call(this);
	      this._queues.on("leftzero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
	      });
	      this._queues.on("zero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
	      });
	    }

	    _validateOptions(options, invalid) {
	      if (!((options != null) && typeof options === "object" && invalid.length === 0)) {
	        throw new Bottleneck.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
	      }
	    }

	    ready() {
	      return this._store.ready;
	    }

	    clients() {
	      return this._store.clients;
	    }

	    channel() {
	      return `b_${this.id}`;
	    }

	    channel_client() {
	      return `b_${this.id}_${this._store.clientId}`;
	    }

	    publish(message) {
	      return this._store.__publish__(message);
	    }

	    disconnect(flush = true) {
	      return this._store.__disconnect__(flush);
	    }

	    chain(_limiter) {
	      this._limiter = _limiter;
	      return this;
	    }

	    queued(priority) {
	      return this._queues.queued(priority);
	    }

	    clusterQueued() {
	      return this._store.__queued__();
	    }

	    empty() {
	      return this.queued() === 0 && this._submitLock.isEmpty();
	    }

	    running() {
	      return this._store.__running__();
	    }

	    done() {
	      return this._store.__done__();
	    }

	    jobStatus(id) {
	      return this._states.jobStatus(id);
	    }

	    jobs(status) {
	      return this._states.statusJobs(status);
	    }

	    counts() {
	      return this._states.statusCounts();
	    }

	    _randomIndex() {
	      return Math.random().toString(36).slice(2);
	    }

	    check(weight = 1) {
	      return this._store.__check__(weight);
	    }

	    _clearGlobalState(index) {
	      if (this._scheduled[index] != null) {
	        clearTimeout(this._scheduled[index].expiration);
	        delete this._scheduled[index];
	        return true;
	      } else {
	        return false;
	      }
	    }

	    async _free(index, job, options, eventInfo) {
	      var e, running;
	      try {
	        ({running} = (await this._store.__free__(index, options.weight)));
	        this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
	        if (running === 0 && this.empty()) {
	          return this.Events.trigger("idle");
	        }
	      } catch (error1) {
	        e = error1;
	        return this.Events.trigger("error", e);
	      }
	    }

	    _run(index, job, wait) {
	      var clearGlobalState, free, run;
	      job.doRun();
	      clearGlobalState = this._clearGlobalState.bind(this, index);
	      run = this._run.bind(this, index, job);
	      free = this._free.bind(this, index, job);
	      return this._scheduled[index] = {
	        timeout: setTimeout(() => {
	          return job.doExecute(this._limiter, clearGlobalState, run, free);
	        }, wait),
	        expiration: job.options.expiration != null ? setTimeout(function() {
	          return job.doExpire(clearGlobalState, run, free);
	        }, wait + job.options.expiration) : void 0,
	        job: job
	      };
	    }

	    _drainOne(capacity) {
	      return this._registerLock.schedule(() => {
	        var args, index, next, options, queue;
	        if (this.queued() === 0) {
	          return this.Promise.resolve(null);
	        }
	        queue = this._queues.getFirst();
	        ({options, args} = next = queue.first());
	        if ((capacity != null) && options.weight > capacity) {
	          return this.Promise.resolve(null);
	        }
	        this.Events.trigger("debug", `Draining ${options.id}`, {args, options});
	        index = this._randomIndex();
	        return this._store.__register__(index, options.weight, options.expiration).then(({success, wait, reservoir}) => {
	          var empty;
	          this.Events.trigger("debug", `Drained ${options.id}`, {success, args, options});
	          if (success) {
	            queue.shift();
	            empty = this.empty();
	            if (empty) {
	              this.Events.trigger("empty");
	            }
	            if (reservoir === 0) {
	              this.Events.trigger("depleted", empty);
	            }
	            this._run(index, next, wait);
	            return this.Promise.resolve(options.weight);
	          } else {
	            return this.Promise.resolve(null);
	          }
	        });
	      });
	    }

	    _drainAll(capacity, total = 0) {
	      return this._drainOne(capacity).then((drained) => {
	        var newCapacity;
	        if (drained != null) {
	          newCapacity = capacity != null ? capacity - drained : capacity;
	          return this._drainAll(newCapacity, total + drained);
	        } else {
	          return this.Promise.resolve(total);
	        }
	      }).catch((e) => {
	        return this.Events.trigger("error", e);
	      });
	    }

	    _dropAllQueued(message) {
	      return this._queues.shiftAll(function(job) {
	        return job.doDrop({message});
	      });
	    }

	    stop(options = {}) {
	      var done, waitForExecuting;
	      options = parser$5.load(options, this.stopDefaults);
	      waitForExecuting = (at) => {
	        var finished;
	        finished = () => {
	          var counts;
	          counts = this._states.counts;
	          return (counts[0] + counts[1] + counts[2] + counts[3]) === at;
	        };
	        return new this.Promise((resolve, reject) => {
	          if (finished()) {
	            return resolve();
	          } else {
	            return this.on("done", () => {
	              if (finished()) {
	                this.removeAllListeners("done");
	                return resolve();
	              }
	            });
	          }
	        });
	      };
	      done = options.dropWaitingJobs ? (this._run = function(index, next) {
	        return next.doDrop({
	          message: options.dropErrorMessage
	        });
	      }, this._drainOne = () => {
	        return this.Promise.resolve(null);
	      }, this._registerLock.schedule(() => {
	        return this._submitLock.schedule(() => {
	          var k, ref, v;
	          ref = this._scheduled;
	          for (k in ref) {
	            v = ref[k];
	            if (this.jobStatus(v.job.options.id) === "RUNNING") {
	              clearTimeout(v.timeout);
	              clearTimeout(v.expiration);
	              v.job.doDrop({
	                message: options.dropErrorMessage
	              });
	            }
	          }
	          this._dropAllQueued(options.dropErrorMessage);
	          return waitForExecuting(0);
	        });
	      })) : this.schedule({
	        priority: NUM_PRIORITIES$1 - 1,
	        weight: 0
	      }, () => {
	        return waitForExecuting(1);
	      });
	      this._receive = function(job) {
	        return job._reject(new Bottleneck.prototype.BottleneckError(options.enqueueErrorMessage));
	      };
	      this.stop = () => {
	        return this.Promise.reject(new Bottleneck.prototype.BottleneckError("stop() has already been called"));
	      };
	      return done;
	    }

	    async _addToQueue(job) {
	      var args, blocked, error, options, reachedHWM, shifted, strategy;
	      ({args, options} = job);
	      try {
	        ({reachedHWM, blocked, strategy} = (await this._store.__submit__(this.queued(), options.weight)));
	      } catch (error1) {
	        error = error1;
	        this.Events.trigger("debug", `Could not queue ${options.id}`, {args, options, error});
	        job.doDrop({error});
	        return false;
	      }
	      if (blocked) {
	        job.doDrop();
	        return true;
	      } else if (reachedHWM) {
	        shifted = strategy === Bottleneck.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck.prototype.strategy.OVERFLOW ? job : void 0;
	        if (shifted != null) {
	          shifted.doDrop();
	        }
	        if ((shifted == null) || strategy === Bottleneck.prototype.strategy.OVERFLOW) {
	          if (shifted == null) {
	            job.doDrop();
	          }
	          return reachedHWM;
	        }
	      }
	      job.doQueue(reachedHWM, blocked);
	      this._queues.push(job);
	      await this._drainAll();
	      return reachedHWM;
	    }

	    _receive(job) {
	      if (this._states.jobStatus(job.options.id) != null) {
	        job._reject(new Bottleneck.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
	        return false;
	      } else {
	        job.doReceive();
	        return this._submitLock.schedule(this._addToQueue, job);
	      }
	    }

	    submit(...args) {
	      var cb, fn, job, options, ref, ref1, task;
	      if (typeof args[0] === "function") {
	        ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
	        options = parser$5.load({}, this.jobDefaults);
	      } else {
	        ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
	        options = parser$5.load(options, this.jobDefaults);
	      }
	      task = (...args) => {
	        return new this.Promise(function(resolve, reject) {
	          return fn(...args, function(...args) {
	            return (args[0] != null ? reject : resolve)(args);
	          });
	        });
	      };
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      job.promise.then(function(args) {
	        return typeof cb === "function" ? cb(...args) : void 0;
	      }).catch(function(args) {
	        if (Array.isArray(args)) {
	          return typeof cb === "function" ? cb(...args) : void 0;
	        } else {
	          return typeof cb === "function" ? cb(args) : void 0;
	        }
	      });
	      return this._receive(job);
	    }

	    schedule(...args) {
	      var job, options, task;
	      if (typeof args[0] === "function") {
	        [task, ...args] = args;
	        options = {};
	      } else {
	        [options, task, ...args] = args;
	      }
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      this._receive(job);
	      return job.promise;
	    }

	    wrap(fn) {
	      var schedule, wrapped;
	      schedule = this.schedule.bind(this);
	      wrapped = function(...args) {
	        return schedule(fn.bind(this), ...args);
	      };
	      wrapped.withOptions = function(options, ...args) {
	        return schedule(options, fn, ...args);
	      };
	      return wrapped;
	    }

	    async updateSettings(options = {}) {
	      await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
	      parser$5.overwrite(options, this.instanceDefaults, this);
	      return this;
	    }

	    currentReservoir() {
	      return this._store.__currentReservoir__();
	    }

	    incrementReservoir(incr = 0) {
	      return this._store.__incrementReservoir__(incr);
	    }

	  }
	  Bottleneck.default = Bottleneck;

	  Bottleneck.Events = Events$4;

	  Bottleneck.version = Bottleneck.prototype.version = require$$8.version;

	  Bottleneck.strategy = Bottleneck.prototype.strategy = {
	    LEAK: 1,
	    OVERFLOW: 2,
	    OVERFLOW_PRIORITY: 4,
	    BLOCK: 3
	  };

	  Bottleneck.BottleneckError = Bottleneck.prototype.BottleneckError = BottleneckError_1;

	  Bottleneck.Group = Bottleneck.prototype.Group = Group_1;

	  Bottleneck.RedisConnection = Bottleneck.prototype.RedisConnection = require$$2;

	  Bottleneck.IORedisConnection = Bottleneck.prototype.IORedisConnection = require$$3;

	  Bottleneck.Batcher = Bottleneck.prototype.Batcher = Batcher_1;

	  Bottleneck.prototype.jobDefaults = {
	    priority: DEFAULT_PRIORITY$1,
	    weight: 1,
	    expiration: null,
	    id: "<no-id>"
	  };

	  Bottleneck.prototype.storeDefaults = {
	    maxConcurrent: null,
	    minTime: 0,
	    highWater: null,
	    strategy: Bottleneck.prototype.strategy.LEAK,
	    penalty: null,
	    reservoir: null,
	    reservoirRefreshInterval: null,
	    reservoirRefreshAmount: null,
	    reservoirIncreaseInterval: null,
	    reservoirIncreaseAmount: null,
	    reservoirIncreaseMaximum: null
	  };

	  Bottleneck.prototype.localStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 250
	  };

	  Bottleneck.prototype.redisStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 5000,
	    clientTimeout: 10000,
	    Redis: null,
	    clientOptions: {},
	    clusterNodes: null,
	    clearDatastore: false,
	    connection: null
	  };

	  Bottleneck.prototype.instanceDefaults = {
	    datastore: "local",
	    connection: null,
	    id: "<no-id>",
	    rejectOnDrop: true,
	    trackDoneStatus: false,
	    Promise: Promise
	  };

	  Bottleneck.prototype.stopDefaults = {
	    enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
	    dropWaitingJobs: true,
	    dropErrorMessage: "This limiter has been stopped."
	  };

	  return Bottleneck;

	}).call(commonjsGlobal);

	var Bottleneck_1 = Bottleneck;

	var lib = Bottleneck_1;

	return lib;

})));


/***/ }),

/***/ 6:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(16);
const utils = __nccwpck_require__(59);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(595);
const utils = __nccwpck_require__(59);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 16:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(781);
const parse = __nccwpck_require__(265);
const utils = __nccwpck_require__(59);
const constants = __nccwpck_require__(595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(59);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 59:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

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

/***/ 916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ fetch),
/* harmony export */   k: () => (/* binding */ ProxyAgent)
/* harmony export */ });
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

/***/ 235:
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

// EXTERNAL MODULE: ./src/lazy-modules/undici.ts
var undici = __nccwpck_require__(916);
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
        proxyAgent = new undici/* ProxyAgent */.k(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
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

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  UU: () => (/* reexport */ createClient),
  fl: () => (/* reexport */ postMerge),
  Tw: () => (/* reexport */ profileLogin),
  o1: () => (/* reexport */ runBackfill),
  rt: () => (/* reexport */ runBacktest),
  NA: () => (/* reexport */ triage)
});

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
function escape_text_authorLink(login, serverUrl) {
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

;// CONCATENATED MODULE: ./src/fetch/graphql-query.ts
function composeQuery(name, parts) {
    const definitions = [];
    const variables = {};
    for (const part of parts) {
        for (const [key, { type, value }] of Object.entries(part.variables)) {
            definitions.push(`$${key}: ${type}`);
            variables[key] = value;
        }
    }
    const head = definitions.length > 0 ? `(${definitions.join(', ')})` : '';
    const body = parts.map((p) => p.selection).join('\n');
    return { query: `query ${name}${head} {\n${body}\n  rateLimit { remaining resetAt cost }\n}`, variables };
}
// GitHub answers a query that is partly unreadable (a user not found, a search refused) with data for the rest
// and errors by path; those become per-field failures rather than a failed run. The body is read as it came
// (not through octokit.graphql, which hands back `undefined` for a page that is not JSON), so a 200 that is not
// GraphQL (GitHub's HTML "Unicorn" page, `data: null`) is a failed read that says what came back.
async function runQuery(client, name, parts, options = {}) {
    const { query, variables } = composeQuery(name, parts);
    let body;
    try {
        const request = options.retries === undefined ? {} : { request: { retries: options.retries } };
        body = (await client.octokit.request('POST /graphql', { url: graphqlUrl(client), query, variables, ...request })).data;
    }
    catch (error) {
        return { data: {}, errors: [], failure: describeFailure(error), timedOut: isTimeout(error) };
    }
    if (!isObject(body) || (!isObject(body.data) && !Array.isArray(body.errors))) {
        return { data: {}, errors: [], failure: notGraphql(name, body), timedOut: false };
    }
    const errors = (Array.isArray(body.errors) ? body.errors : []).map((raw) => {
        const e = (isObject(raw) ? raw : {});
        const path = Array.isArray(e.path) ? e.path : [];
        return {
            path: typeof path[0] === 'string' ? path[0] : '',
            field: typeof path.at(-1) === 'string' ? String(path.at(-1)) : '',
            type: typeof e.type === 'string' ? e.type : 'ERROR',
            message: typeof e.message === 'string' ? e.message : 'GitHub gave no message',
        };
    });
    // Errors without a path (a rejected query, the rate limit) leave no part readable.
    const whole = errors.find((e) => e.path === '');
    return {
        data: isObject(body.data) ? body.data : {},
        errors,
        failure: whole ? whole.message : null,
        timedOut: whole ? timeoutMessage.test(whole.message) : false,
    };
}
// GitHub's words when it stopped a query at 10 s: "We couldn't respond to your request in time" (a 502 or
// 504), or "Something went wrong while executing your query. This may be the result of a timeout" (a 502,
// or a 200 with `data: null`, which the retry plugin turns into a 500).
const timeoutMessage = /respond to your request in time|result of a timeout/i;
function isTimeout(error) {
    if (!(error instanceof Error))
        return false;
    const e = error;
    return e.requestTimeout === true || e.status === 504 || (e.status !== undefined && e.status >= 500 && timeoutMessage.test(e.message));
}
// Asks for a batch in one query; when GitHub times out on it, asks again for each half, down to one unit,
// which is retried like any read. A batch that can still be split is not retried whole: a retry of a query
// GitHub could not answer in 10 s would take 10 s again.
async function runInHalves(units, read) {
    const splittable = units.length > 1;
    const { timedOut, values } = await read(units, splittable ? { retries: 0 } : {});
    if (!timedOut || !splittable)
        return values;
    const half = Math.ceil(units.length / 2);
    const halves = await Promise.all([runInHalves(units.slice(0, half), read), runInHalves(units.slice(half), read)]);
    return halves.flat();
}
// Where octokit.graphql sends a query: /graphql next to the REST API, /api/graphql on GitHub Enterprise Server.
function graphqlUrl(client) {
    const base = String(client.octokit.request.endpoint.DEFAULTS.baseUrl);
    return /\/api\/v3\/?$/.test(base) ? base.replace(/\/api\/v3\/?$/, '/api/graphql') : '/graphql';
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function notGraphql(name, body) {
    const data = isObject(body) ? body.data : undefined;
    const what = typeof body === 'string'
        ? /<html/i.test(body)
            ? 'an HTML page'
            : 'text that is not JSON'
        : isObject(body)
            ? `data: ${JSON.stringify(data) ?? 'none'}`
            : 'no body';
    return `GitHub answered the ${name} query with ${what}, not the data it documents`;
}
// A failure in words a maintainer can act on; a 403 says whether it was the rate limit or a permission.
function describeFailure(error) {
    if (!(error instanceof Error))
        return String(error);
    const e = error;
    if (e.name === 'AbortError' || !e.status)
        return e.message;
    if (isTimeout(error))
        return `GitHub gave up on the query after its 10-s limit (HTTP ${e.status})`;
    const headers = e.response?.headers ?? {};
    if (/secondary rate/i.test(e.message))
        return `GitHub's secondary rate limit held this request back after retries (HTTP ${e.status})`;
    if ((e.status === 403 || e.status === 429) && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(e.message))) {
        const reset = Number(headers['x-ratelimit-reset']);
        return `GitHub's rate limit is exhausted${reset ? ` until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC` : ''} (HTTP ${e.status})`;
    }
    if (e.status === 403)
        return `HTTP 403, the token is not allowed to do this: ${e.message}`;
    return `HTTP ${e.status}: ${e.message}`;
}
// The failure of the fields under `alias`: the whole request's, or that alias's own error.
function failureOf(result, alias) {
    if (result.failure)
        return result.failure;
    const error = result.errors.find((e) => e.path === alias);
    return error ? error.message : null;
}

;// CONCATENATED MODULE: ./src/fetch/settle.ts

async function settle(promise) {
    try {
        return { value: await promise, failure: null };
    }
    catch (error) {
        return { value: null, failure: describeFailure(error) };
    }
}

;// CONCATENATED MODULE: ./src/fetch/get-permission.ts

// GitHub's legacy base role of a user on a repo (`permission`: admin, write, read or none; maintain reads as
// write, triage as read). Read with metadata: read, which every GITHUB_TOKEN has.
const writeOrAbove = ['admin', 'write'];
// Whether `login` can push to the repo, however they got it (a private org member, a team member, whom the
// webhook payload shows as CONTRIBUTOR or NONE).
function hasWriteAccess(client, repo, login) {
    return settle((async () => {
        const { data } = await client.octokit.rest.repos.getCollaboratorPermissionLevel({ owner: repo.owner, repo: repo.name, username: login });
        const permission = data?.permission;
        if (typeof permission !== 'string') {
            throw new Error(`GitHub answered GET /repos/${repo.owner}/${repo.name}/collaborators/${login}/permission without the permission it documents`);
        }
        return writeOrAbove.includes(permission);
    })());
}

;// CONCATENATED MODULE: ./src/signals/first-time.ts
// The contract's first-time contributor: for a PR, no PR of theirs merged in this repo before this PR was
// opened (after a merge: before it was merged); for an issue, no earlier issue or PR of theirs in this repo.
// `earlier` counts what would make them not first-time; null when the repo's history could not be read (a
// suspended author cannot be searched), and then GitHub's own association is the evidence.
function isFirstTimeContributor(earlier, association) {
    if (earlier !== null)
        return earlier === 0;
    return association === 'FIRST_TIME_CONTRIBUTOR' || association === 'FIRST_TIMER';
}
// The same definition, counted on the author's items in the repo as a list (a backfill reads them so, one
// query for all of an author's open items).
function countEarlierHere(here, subject) {
    if (!here)
        return null;
    const opened = new Date(subject.createdAt).getTime();
    return subject.kind === 'pr'
        ? here.filter((h) => h.mergedAt !== null && new Date(h.mergedAt).getTime() < opened).length
        : here.filter((h) => new Date(h.createdAt).getTime() < opened).length;
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
function results_reasonOf(result) {
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
const compare_verdicts_verdictRank = { skipped: 0, green: 1, yellow: 2, red: 3 };
// fail-on and report-comment: true when the verdict is at least `threshold`; a skip never is.
function atLeast(verdict, threshold) {
    return threshold !== 'never' && verdict !== 'skipped' && compare_verdicts_verdictRank[verdict] >= compare_verdicts_verdictRank[threshold];
}
function failOnMet(verdict, failOn) {
    return atLeast(verdict, failOn);
}
function worstVerdict(verdicts) {
    return verdicts.reduce((w, v) => (compare_verdicts_verdictRank[v] > compare_verdicts_verdictRank[w] ? v : w), 'skipped');
}

;// CONCATENATED MODULE: ./src/summary/render-backtest.ts


const verdicts = (/* unused pure expression or super */ null && (['green', 'yellow', 'red']));
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
    return `- ${icons[score.verdict]} ${itemLink(subject, serverUrl)} ${kind} by ${authorLink(subject.author.login, serverUrl)}, ${subject.createdAt.slice(0, 10)}: ${escapeText(subject.title, 100)} → **${item.outcome}**; ${escapeText(score.reason, 200)}`;
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
function render_backtest_renderBacktest(result, serverUrl, stats) {
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
const summaryLimit = (/* unused pure expression or super */ null && (1024 * 1024 - 4096));
function subjectLine(subject, firstTime, name, view) {
    if (!subject)
        return '';
    const kind = subject.kind === 'pr' ? 'PR' : 'issue';
    const welcome = firstTime ? '\n\n🌱 A first-time contributor to this repository.' : '';
    return `${kind} #${subject.number} by ${escape_text_authorLink(subject.author.login, view.serverUrl)}${name ? ` (${escape_text_escapeText(name, 80)})` : ''}: ${escape_text_escapeText(subject.title, 120)}${welcome}`;
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
        score.reason ? `> ${escape_text_escapeText(score.reason, 300)}` : '',
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
        return `| ${verdict} | #${i.number} | ${authorLink(i.author, view.serverUrl)}${i.firstTime ? ' 🌱' : ''} | ${escapeText(i.title, 80)} | ${escapeText(i.reason, 160)} |`;
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
        .map((w) => `- ${icon[w.status]} ${w.description}${w.detail && w.detail !== 'dry run' ? ` (${escapeText(w.detail, 200)})` : ''}`);
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
    const verdict = verdictOf(result);
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
function renderSummary(run) {
    const result = run.result;
    const parts = result ? resultParts(result, run.view, run.stats) : { subject: '', signals: '', activity: '', items: '' };
    const reason = result ? reasonOf(result) : '';
    const writes = result ? [...result.writes, ...(result.mode === 'backfill' ? result.items.flatMap((i) => i.writes) : [])] : [];
    const sections = [
        heading(result),
        parts.subject,
        run.error ? `**Error:** ${escapeText(run.error, 1000)}` : '',
        reason ? `> ${escapeText(reason, 300)}` : '',
        ...run.warnings.map((w) => `> [!WARNING]\n> ${escapeText(w, 600)}`),
        parts.signals,
        parts.activity,
        parts.items,
        ...(result?.notes ?? []).map((n) => `- ${escapeText(n, 400)}`),
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

;// CONCATENATED MODULE: ./src/fetch/thread-part.ts

// Comment ids passed 2^31 long ago: databaseId (Int) cannot hold them, fullDatabaseId (BigInt) can.
const commentFields = 'nodes { fullDatabaseId body viewerDidAuthor }';
// The first and the last 100 comments: the welcome is early, the newest report or thank-you late. A longer
// thread's middle is read on (readUnreadComments) before anything is posted.
const commentWindow = 100;
function threadPart(prefix, repo, items, labels, withFiles = false) {
    const variables = {
        [`${prefix}Owner`]: { type: 'String!', value: repo.owner },
        [`${prefix}Name`]: { type: 'String!', value: repo.name },
    };
    const labelFields = labels.map((label, i) => {
        variables[`${prefix}Label${i}`] = { type: 'String!', value: label };
        return `label${i}: label(name: $${prefix}Label${i}) { id name }`;
    });
    const onItem = `labels(first: 100) { nodes { name } }
        early: comments(first: ${commentWindow}) { totalCount pageInfo { endCursor } ${commentFields} }
        late: comments(last: ${commentWindow}) { ${commentFields} }`;
    const files = withFiles ? 'files(first: 100) { totalCount nodes { path changeType } }' : '';
    const selections = items.map(({ number: n, kind }) => {
        variables[`${prefix}N${n}`] = { type: 'Int!', value: n };
        return kind === 'pr'
            ? `item${n}: pullRequest(number: $${prefix}N${n}) { __typename id ${onItem} ${files} }`
            : `item${n}: issue(number: $${prefix}N${n}) { __typename id ${onItem} }`;
    });
    const selection = `  ${prefix}Repo: repository(owner: $${prefix}Owner, name: $${prefix}Name) {
    owner { __typename login }
    isArchived
    ${labelFields.join('\n    ')}
    ${selections.join('\n    ')}
  }`;
    return { variables, selection };
}
function readThread(prefix, result, markers, number) {
    const alias = `${prefix}Repo`;
    const failure = failureOf(result, alias);
    const repo = result.data[alias];
    const item = repo?.[`item${number}`];
    if (failure !== null || !repo || !item)
        return { thread: null, failure: failure ?? `#${number} was not found` };
    const repoLabels = readRepoLabels(repo);
    return {
        thread: {
            ownerType: repo.owner.__typename,
            archived: repo.isArchived === true,
            labelsOnItem: item.labels.nodes.map((l) => l.name),
            repoLabels,
            itemId: item.id,
            ownComments: ownComments([...item.early.nodes, ...item.late.nodes], markers),
            unreadComments: item.early.totalCount > 2 * commentWindow && item.early.pageInfo.endCursor
                ? { after: item.early.pageInfo.endCursor, count: item.early.totalCount - 2 * commentWindow }
                : null,
            // More than 100 files, or a rename (GraphQL does not give the old path): read again over REST.
            files: item.files && item.files.totalCount <= item.files.nodes.length && !item.files.nodes.some((f) => f.changeType === 'RENAMED')
                ? item.files.nodes.map((f) => ({ path: f.path, previous: null }))
                : null,
        },
        failure: null,
    };
}
// A pasted marker in someone else's comment does not make it ours; the first and last windows can overlap.
function ownComments(nodes, markers) {
    const seen = new Map();
    for (const c of nodes)
        if (c.viewerDidAuthor && markers.some((m) => c.body.includes(m)))
            seen.set(Number(c.fullDatabaseId), c.body);
    return [...seen].map(([id, body]) => ({ id, body }));
}
// The repo's labels asked for by name: lower-cased name → node id; a label the repo lacks is absent.
function readRepoLabels(repo) {
    const labels = new Map();
    for (const [key, value] of Object.entries(repo)) {
        const label = value;
        if (/^label\d+$/.test(key) && label?.name && label.id)
            labels.set(label.name.toLowerCase(), label.id);
    }
    return labels;
}

;// CONCATENATED MODULE: ./src/writers/fit-comment.ts
// GitHub refuses an issue or PR comment over 65,536 characters: 422 "Body is too long (maximum is 65536
// characters)" (https://github.com/danger/danger/issues/424, https://github.com/elastic/kibana/issues/71307).
const fit_comment_maxCommentLength = 65_536;
const cutNote = '\n\n… (cut here: GitHub takes at most 65,536 characters in a comment)';
// A comment that outgrew the limit once its placeholders were filled is cut at the end, so the hidden marker
// it starts with stays: at the last line break, or the last space on a long line, that keeps most of it
// (never inside an escape such as `&lt;` or a character's surrogate pair), then a note that says so.
function fitComment(body) {
    if (body.length <= fit_comment_maxCommentLength)
        return body;
    const room = fit_comment_maxCommentLength - cutNote.length;
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
const markers_markers = {
    welcome: '<!-- newcomer-triage:welcome -->',
    report: '<!-- newcomer-triage:report -->',
    merged: '<!-- newcomer-triage:merged -->',
};
const allMarkers = Object.values(markers_markers);
function kindOf(body) {
    const found = Object.keys(markers_markers).find((k) => body.includes(markers_markers[k]));
    return found ?? null;
}
// User text can never carry a marker into our comments: escaping turns "<" into "&lt;". This strips the
// marker text from maintainer-written templates too, so one kind cannot pose as another. The marker leads,
// so a body cut to GitHub's length keeps it.
function withMarker(kind, body) {
    let clean = body;
    for (const m of allMarkers)
        clean = clean.split(m).join('');
    return fitComment(`${markers_markers[kind]}\n${clean}`);
}

;// CONCATENATED MODULE: ./src/writers/plan-writes.ts



// The contract's colours for labels the action creates.
const labelColors = { green: '0e8a16', yellow: 'fbca04', red: 'd93f0b', firstTime: '7057ff' };
// The action's own labels, as the workflow names them (an empty name is a label it does not use).
function labelNames(settings) {
    const names = [settings['label-green'], settings['label-yellow'], settings['label-red'], settings['first-time-label']];
    return [...new Set(names.filter((n) => n !== ''))];
}
function reportWanted(settings, verdict) {
    const at = settings['report-comment'];
    return at === 'always' || atLeast(verdict, at);
}
// {author} and {repo} in a maintainer's template. The login is GitHub's own (a plain login mentions its
// owner, which a welcome wants); anything else is escaped.
function fillTemplate(template, subject) {
    const login = subject.author.login;
    return template
        .replaceAll('{author}', isPlainLogin(login) ? `@${login}` : escape_text_escapeText(login))
        .replaceAll('{repo}', `${subject.repo.owner}/${subject.repo.name}`);
}
// GitHub allows at most 100 labels on an issue or PR and refuses, whole, an add that would pass it (REST: 422
// "Issues cannot have more than 100 labels", https://github.com/actions/labeler/issues/115; the limit:
// https://github.com/github/docs/issues/161).
const maxLabelsPerItem = 100;
// The action's labels the item lacks, most important first (the verdict's, then first-time), split into
// those that fit under GitHub's limit and those left out. Labels the same run takes off are not counted as
// room: the removal and the add go out together, and the add may arrive first.
function labelsToAdd(settings, thread, verdict, firstTime) {
    const onItem = new Set(thread.labelsOnItem.map((l) => l.toLowerCase()));
    const wanted = [];
    const verdictLabel = { green: settings['label-green'], yellow: settings['label-yellow'], red: settings['label-red'] }[verdict];
    if (verdictLabel !== '')
        wanted.push({ name: verdictLabel, color: labelColors[verdict] });
    if (firstTime && settings['first-time-label'] !== '')
        wanted.push({ name: settings['first-time-label'], color: labelColors.firstTime });
    const missing = wanted.filter((l) => !onItem.has(l.name.toLowerCase()));
    const room = Math.max(0, maxLabelsPerItem - onItem.size);
    return { fit: missing.slice(0, room), leftOut: missing.slice(room).map((l) => l.name) };
}
// One warning for an item whose labels did not all fit, naming it and GitHub's limit; null when they did (or
// nothing is written: an archived repository).
function labelLimitWarning({ subject, settings, thread, verdict, firstTime }) {
    const { leftOut } = labelsToAdd(settings, thread, verdict, firstTime);
    if (leftOut.length === 0 || thread.archived)
        return null;
    const names = leftOut.map((n) => `"${n}"`).join(' and ');
    const one = leftOut.length === 1;
    return (`${subject.repo.owner}/${subject.repo.name}#${subject.number} already has ${thread.labelsOnItem.length} labels and GitHub allows at most ` +
        `${maxLabelsPerItem} on an issue or PR: ${names} ${one ? 'was' : 'were'} not added. Take some off and comment /triage to add ${one ? 'it' : 'them'}.`);
}
// What a triage writes, decided from what is already there: pure, so a re-run plans nothing twice.
function planTriageWrites({ subject, settings, thread, verdict, firstTime, report }) {
    const writes = [];
    // GitHub refuses every write to an archived repository: none is attempted (the mode warns once).
    if (thread.archived)
        return writes;
    const onItem = new Set(thread.labelsOnItem.map((l) => l.toLowerCase()));
    const verdictLabels = { green: settings['label-green'], yellow: settings['label-yellow'], red: settings['label-red'] };
    // Labels past GitHub's limit are left out here; the mode warns (labelLimitWarning).
    const toAdd = labelsToAdd(settings, thread, verdict, firstTime).fit;
    for (const label of toAdd) {
        if (!thread.repoLabels.has(label.name.toLowerCase()))
            writes.push({ kind: 'create-label', ...label });
    }
    if (toAdd.length > 0)
        writes.push({ kind: 'add-labels', names: toAdd.map((l) => l.name) });
    // A re-triage swaps the verdict label: the other verdicts' labels go.
    for (const [v, name] of Object.entries(verdictLabels)) {
        if (v !== verdict && name !== '' && name.toLowerCase() !== verdictLabels[verdict].toLowerCase() && onItem.has(name.toLowerCase())) {
            writes.push({ kind: 'remove-label', name: thread.labelsOnItem.find((l) => l.toLowerCase() === name.toLowerCase()) ?? name });
        }
    }
    const own = (kind) => thread.ownComments.find((c) => kindOf(c.body) === kind);
    // Part of a very long thread went unread: one of ours may be there, so nothing new is posted.
    const mayPost = thread.unreadComments === null;
    // The welcome waits while the verdict is red: a maintainer looks first, and a later re-triage that is no
    // longer red posts it.
    if (firstTime && verdict !== 'red' && settings['welcome-message'] !== '' && !own('welcome') && mayPost) {
        writes.push({ kind: 'create-comment', comment: 'welcome', body: withMarker('welcome', fillTemplate(settings['welcome-message'], subject)) });
    }
    const existingReport = own('report');
    const reportBody = withMarker('report', report);
    if (reportWanted(settings, verdict) || existingReport) {
        // A report already posted stays current even when the verdict drops below the threshold.
        if (!existingReport) {
            if (mayPost)
                writes.push({ kind: 'create-comment', comment: 'report', body: reportBody });
        }
        else if (existingReport.body.trim() !== reportBody.trim())
            writes.push({ kind: 'update-comment', comment: 'report', id: existingReport.id, body: reportBody });
    }
    return writes;
}
function describeWrite(write, subject) {
    const where = `#${subject.number}`;
    switch (write.kind) {
        case 'create-label':
            return `create label "${escape_text_escapeText(write.name)}" (#${write.color})`;
        case 'add-labels':
            return `add ${write.names.map((n) => `"${escape_text_escapeText(n)}"`).join(', ')} to ${where}`;
        case 'remove-label':
            return `remove "${escape_text_escapeText(write.name)}" from ${where}`;
        case 'create-comment':
            return `post the ${write.comment} comment on ${where}`;
        case 'update-comment':
            return `update the ${write.comment} comment on ${where}`;
        case 'invite':
            return `invite ${escape_text_escapeText(write.login)} to the ${escape_text_escapeText(write.org)} organization`;
    }
}

;// CONCATENATED MODULE: ./src/writers/apply-writes.ts




// The one dry-run gate: in a dry run nothing is sent and every write is reported as planned.
// Otherwise every write goes out in one wave, a missing label's creation beside the add that uses it. GitHub's
// add creates a label it does not know, grey; when the add got there first, the label is coloured after.
async function applyWrites(client, subject, writes, dryRun, orgClient) {
    if (dryRun) {
        return { outcomes: writes.map((w) => ({ description: describeWrite(w, subject), status: 'planned', detail: 'dry run' })), warnings: [] };
    }
    const sent = await Promise.all(writes.map((w) => attempt(client, subject, w, orgClient)));
    const outcomes = await colourRacedLabels(client, subject, writes, sent);
    const warnings = [];
    if (outcomes.some((o) => o.status === 'refused' && o.detail === readOnly))
        warnings.push(readOnlyWarning(subject));
    if (outcomes.some((o) => o.status === 'refused' && o.detail === archived))
        warnings.push(archivedWarning(subject));
    for (const o of outcomes.filter((x) => x.status === 'failed' || (x.status === 'refused' && x.detail !== readOnly && x.detail !== archived))) {
        warnings.push(`Could not ${o.description}: ${o.detail}`);
    }
    return { outcomes, warnings };
}
// A label whose creation did not go through (it already existed: the add made it grey a moment before; or the
// creation failed) while the add put it on the item: set its colour. A label that can be neither created nor
// coloured comes off the item again, so none of the action's labels is left grey.
async function colourRacedLabels(client, subject, writes, outcomes) {
    const added = new Set(writes.flatMap((w, i) => (w.kind === 'add-labels' && outcomes[i]?.status === 'written' ? w.names.map((n) => n.toLowerCase()) : [])));
    const target = { owner: subject.repo.owner, repo: subject.repo.name };
    return Promise.all(writes.map(async (write, i) => {
        const outcome = outcomes[i];
        if (write.kind !== 'create-label' || !added.has(write.name.toLowerCase()))
            return outcome;
        if (outcome.status === 'written' && outcome.detail === '')
            return outcome;
        try {
            await client.octokit.rest.issues.updateLabel({ ...target, name: write.name, color: write.color, description: labelDescription });
            return { ...outcome, status: 'written', detail: 'GitHub created it grey with the add: coloured' };
        }
        catch (error) {
            const why = outcome.status === 'written' ? describeFailure(error) : `${outcome.detail}; colouring it: ${describeFailure(error)}`;
            try {
                await client.octokit.rest.issues.removeLabel({ ...target, issue_number: subject.number, name: write.name });
                return { ...outcome, status: 'failed', detail: `${why}. GitHub had created it grey with the add, so it was taken off #${subject.number} again` };
            }
            catch (again) {
                return { ...outcome, status: 'failed', detail: `${why}. It is on #${subject.number}, grey, and could not be taken off: ${describeFailure(again)}` };
            }
        }
    }));
}
const labelDescription = 'Set by newcomer-triage';
const readOnly = 'read-only token';
const archived = 'archived repository';
// One warning, naming the repository, for every write an archived repository refused or was not sent.
function archivedWarning(subject) {
    return `${subject.repo.owner}/${subject.repo.name} is archived, so GitHub refuses every write to it: nothing was written. Unarchive it, or remove the workflow.`;
}
// One warning for every write a read-only token was refused, naming the fix.
function readOnlyWarning(subject) {
    return (`The token cannot write to ${subject.repo.owner}/${subject.repo.name} (Resource not accessible by integration): a workflow on ` +
        '`pull_request` from a fork gets a read-only token. Run on `pull_request_target`, or grant `pull-requests: write` and ' +
        "`issues: write` in the workflow's `permissions`.");
}
async function attempt(client, subject, write, orgClient) {
    const description = describeWrite(write, subject);
    // After the first refusal of an archived repository, no further write is sent.
    if (client.stats.archived !== null && write.kind !== 'invite')
        return { description, status: 'refused', detail: archived };
    try {
        const created = await send(write.kind === 'invite' && orgClient ? orgClient : client, subject, write);
        if (write.kind === 'create-comment' && created !== null)
            return keepOldest(client, subject, write, created, description);
        return { description, status: 'written', detail: '' };
    }
    catch (error) {
        const status = error.status;
        if (status === 403 && /archived so is read-only/i.test(error.message)) {
            client.stats.archived ??= `${subject.repo.owner}/${subject.repo.name}`;
            client.stopWrites.abort();
            return { description, status: 'refused', detail: archived };
        }
        // Still waiting its turn when another write found the repository archived: not sent.
        if (write.kind !== 'invite' && client.stopWrites.signal.aborted && error.name === 'AbortError') {
            return { description, status: 'refused', detail: archived };
        }
        if (write.kind === 'create-label' && status === 422)
            return { description, status: 'written', detail: 'already existed' };
        if (write.kind === 'remove-label' && status === 404)
            return { description, status: 'written', detail: 'already gone' };
        if (write.kind === 'create-comment' && (status === undefined || status >= 500))
            return recheckComment(client, subject, write, description, error);
        if (status === 403 && !isRateLimit(error)) {
            const message = error.message;
            return { description, status: 'refused', detail: /not accessible by integration/i.test(message) ? readOnly : `HTTP 403: ${message}` };
        }
        return { description, status: 'failed', detail: describeFailure(error) };
    }
}
function isRateLimit(error) {
    const e = error;
    return e.response?.headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(e.message ?? '');
}
// A comment whose answer was lost (timeout, 502 after the write) may have been posted. Look for it before
// posting again, so a flaky answer never makes a second comment.
async function recheckComment(client, subject, write, description, error) {
    const result = await runQuery(client, 'Recheck', [threadPart('t', subject.repo, [subject], [])]);
    const { thread } = readThread('t', result, allMarkers, subject.number);
    if (!thread)
        return { description, status: 'failed', detail: `${describeFailure(error)}; could not check whether it was posted` };
    if (thread.ownComments.some((c) => kindOf(c.body) === write.comment)) {
        return { description, status: 'written', detail: 'posted, though its answer was lost' };
    }
    try {
        await send(client, subject, write);
        return { description, status: 'written', detail: 'posted on the second try' };
    }
    catch (again) {
        return { description, status: 'failed', detail: describeFailure(again) };
    }
}
// Two runs at once on one thread (a workflow without a `concurrency:` group) both see no comment of a kind and
// both post one. Each run looks again after posting; the one whose comment is not the oldest of ours of that
// kind deletes its own, so the thread keeps exactly one, whichever run got there first.
async function keepOldest(client, subject, write, id, description) {
    const { thread } = readThread('t', await runQuery(client, 'Recheck', [threadPart('t', subject.repo, [subject], [])]), allMarkers, subject.number);
    const older = thread?.ownComments.filter((c) => kindOf(c.body) === write.comment && c.id < id) ?? [];
    if (older.length === 0)
        return { description, status: 'written', detail: '' };
    try {
        await client.octokit.rest.issues.deleteComment({ owner: subject.repo.owner, repo: subject.repo.name, comment_id: id });
        return { description, status: 'written', detail: 'another run had just posted it: the duplicate was deleted' };
    }
    catch (error) {
        return { description, status: 'failed', detail: `posted twice by two runs at once, and the duplicate could not be deleted: ${describeFailure(error)}` };
    }
}
// The new comment's id for a comment, else null.
async function send(client, subject, write) {
    const target = { owner: subject.repo.owner, repo: subject.repo.name };
    const rest = client.octokit.rest;
    const request = { signal: client.stopWrites.signal };
    switch (write.kind) {
        case 'create-label':
            await rest.issues.createLabel({ ...target, name: write.name, color: write.color, description: labelDescription, request });
            return null;
        case 'add-labels':
            await rest.issues.addLabels({ ...target, issue_number: subject.number, labels: write.names, request });
            return null;
        case 'remove-label':
            await rest.issues.removeLabel({ ...target, issue_number: subject.number, name: write.name, request });
            return null;
        case 'create-comment': {
            // Never retried blindly: a retry after a lost answer would post twice (see recheckComment).
            const { data } = await rest.issues.createComment({ ...target, issue_number: subject.number, body: write.body, request: { ...request, retries: 0 } });
            return typeof data?.id === 'number' ? data.id : null;
        }
        case 'update-comment':
            await rest.issues.updateComment({ ...target, comment_id: write.id, body: write.body, request });
            return null;
        case 'invite':
            await rest.orgs.createInvitation({ org: write.org, invitee_id: write.inviteeId, role: 'direct_member', request: { retries: 0 } });
            return null;
    }
}

;// CONCATENATED MODULE: ./src/settings/window-start.ts
const window_start_dayMs = 86_400_000;
// Where the history window starts: activity-window-days before now, from the start of that UTC day. Whole
// days keep the searches (and the evidence links in a report comment) the same for every run of a day, so a
// re-run does not rewrite the report for a window that moved by minutes.
function windowStart(settings, now) {
    return startOfDay(now.getTime() - settings['activity-window-days'] * window_start_dayMs);
}
function startOfDay(time) {
    return new Date(Math.floor(time / window_start_dayMs) * window_start_dayMs);
}

;// CONCATENATED MODULE: ./src/fetch/search-queries.ts
// The searches behind the author's history, in GitHub's issue search syntax. One place for them, so the
// evidence links in the summary show exactly what the signals counted, with the same qualifiers and window.
// Each search names one type (is:pr or is:issue): GitHub returns no nodes for a search that mixes them.
function searchTime(time) {
    return time.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
// A date qualifier's value: from `since` on, or (a backtest's past window) GitHub's range `since..until`,
// both ends included.
function range(since, until) {
    return until ? `${searchTime(since)}..${searchTime(until)}` : `>=${searchTime(since)}`;
}
// How a search names an author: a GitHub App's bot account (`name[bot]`) as `app/name`, the only form GitHub's
// search takes for it (`author:name[bot]` is refused).
function who(login) {
    return login.endsWith('[bot]') ? `app/${login.slice(0, -'[bot]'.length)}` : login;
}
// Others' repositories: not the author's own. A bot account owns none, and `user:` takes no bot login.
function others(login) {
    return login.endsWith('[bot]') ? '' : ` -user:${login}`;
}
const searchQueries = {
    // The author's PRs (or issues) created in the window, anywhere, newest first.
    history: (login, kind, since, until) => `author:${who(login)} is:${kind} created:${range(since, until)} sort:created-desc`,
    externalPrs: (login, since) => `author:${who(login)}${others(login)} is:pr created:>=${searchTime(since)}`,
    externalIssues: (login, since) => `author:${who(login)}${others(login)} is:issue created:>=${searchTime(since)}`,
    closedUnmerged: (login, since, until) => `author:${who(login)}${others(login)} is:pr is:closed is:unmerged closed:${range(since, until)}`,
    closedMerged: (login, since, until) => `author:${who(login)}${others(login)} is:pr is:merged closed:${range(since, until)}`,
    notPlanned: (login, since, until) => `author:${who(login)}${others(login)} is:issue reason:"not planned" closed:${range(since, until)}`,
    // Issues and PRs of others' the author commented on (the events API is not searchable; this is the nearest).
    commented: (login, since) => `commenter:${who(login)}${others(login)} updated:>=${searchTime(since)}`,
    // First-time contributor: merged PRs here before a moment (a PR), or earlier PRs and issues (an issue).
    mergedHere: (repo, login, before) => `repo:${repo.owner}/${repo.name} author:${who(login)} is:pr is:merged merged:<${searchTime(before)}`,
    earlierHere: (repo, login, kind, before) => `repo:${repo.owner}/${repo.name} author:${who(login)} is:${kind} created:<${searchTime(before)}`,
    // Backfill: all the author's PRs (or issues) here, oldest first.
    here: (repo, login, kind) => `repo:${repo.owner}/${repo.name} author:${who(login)} is:${kind} sort:created-asc`,
};
// The github.com page of a search: the same query, on the tab of its type.
function searchUrl(serverUrl, query, type) {
    return `${serverUrl}/search?q=${encodeURIComponent(query)}&type=${type}`;
}

;// CONCATENATED MODULE: ./src/signals/evidence-links.ts

// The page behind each signal's count, on the server the run talks to (github.com, or a GHES host): a
// maintainer who doubts a verdict checks it in one click. The searches are the very ones the signals counted.
function evidenceLinks(serverUrl, login, since, commentsSince) {
    return {
        profile: `${serverUrl}/${login}`,
        closedUnmerged: searchUrl(serverUrl, searchQueries.closedUnmerged(login, since), 'pullrequests'),
        notPlanned: searchUrl(serverUrl, searchQueries.notPlanned(login, since), 'issues'),
        externalPrs: searchUrl(serverUrl, searchQueries.externalPrs(login, since), 'pullrequests'),
        externalIssues: searchUrl(serverUrl, searchQueries.externalIssues(login, since), 'issues'),
        commented: searchUrl(serverUrl, searchQueries.commented(login, commentsSince), 'issues'),
        files: (repo, number) => `${serverUrl}/${repo.owner}/${repo.name}/pull/${number}/files`,
    };
}

;// CONCATENATED MODULE: ./src/signals/good-record.ts
// The contract's good record: at least 3 PRs to others' repos merged in the window, and at least a quarter of
// those closed in the window merged. No record, or one that could not be read, is not a good record.
function goodRecord(author) {
    const { closedMerged: merged, closedUnmerged: unmerged } = author;
    if (merged === null || unmerged === null)
        return { good: false, merged, closed: null };
    const closed = merged + unmerged;
    return { good: merged >= 3 && merged * 4 >= closed, merged, closed };
}

;// CONCATENATED MODULE: ./src/signals/bands.ts
// "at or above": yellow from band.yellow, red from band.red (counts).
function levelAtLeast(value, band) {
    if (value >= band.red)
        return 'red';
    return value >= band.yellow ? 'yellow' : 'green';
}
// "above": yellow past band.yellow, red past band.red (ratios).
function levelAbove(value, band) {
    if (value > band.red)
        return 'red';
    return value > band.yellow ? 'yellow' : 'green';
}
// "fewer than": yellow under band.yellow, red under band.red (age, profile), where yellow >= red.
function levelBelow(value, band) {
    if (value < band.red)
        return 'red';
    return value < band.yellow ? 'yellow' : 'green';
}
function unknownSignal(id, reason) {
    return { id, level: 'unknown', value: null, detail: `could not be read: ${reason}`, url: '' };
}

;// CONCATENATED MODULE: ./src/signals/normalise-text.ts
// What is stripped from a title or comment before comparing: punctuation, symbols (emoji among them), and
// the invisible characters that join or vary emoji or hide inside words.
const noise = /[\p{P}\p{S}\p{Cf}\u20e3\ufe0e\ufe0f]/gu;
// Leading tags ("[Docs]", "(feat)") and leading noise ("🚀 ", "- "), as many as there are.
const leading = /^(?:\s+|\[[^\]]*\]|\([^)]*\)|[^\p{L}\p{N}[(])+/u;
// The contract's normalised text: NFKC, case-folded, leading [tags] and (tags) off, every punctuation mark,
// symbol and emoji removed, whitespace collapsed. "[Docs] Add tea.yaml 🚀" and "add TEA yaml" are one text.
function normaliseText(text) {
    // Upper then lower folds what lower alone does not ("ß" → "ss"), close enough to Unicode case folding.
    let t = text.normalize('NFKC').toUpperCase().toLowerCase();
    for (let m = leading.exec(t); m && m[0].length > 0; m = leading.exec(t))
        t = t.slice(m[0].length);
    return t.replace(noise, ' ').replace(/\s+/g, ' ').trim();
}
// The placeholder for the target repo's name and owner: a symbol, so no normalised text can contain it.
const repoPlaceholder = '§';
// The two forms a text is counted under: as it is, and with the name and owner of the repo it was sent to
// masked as whole words ("Add tea.yaml to chart" on maxhumber/chart is "add tea yaml to §").
function textForms(text, repo) {
    const plain = normaliseText(text);
    let masked = ` ${plain} `;
    for (const word of [normaliseText(repo.name), normaliseText(repo.owner)]) {
        if (word === '')
            continue;
        masked = masked.split(` ${word} `).join(` ${repoPlaceholder} `);
        // A second pass catches a word that repeats back to back ("chart chart"), which the split leaves half done.
        masked = masked.split(` ${word} `).join(` ${repoPlaceholder} `);
    }
    return { plain, masked: masked.trim() };
}

;// CONCATENATED MODULE: ./src/signals/repeated-text.ts

const none = { owners: 0, burst: 0, example: null, kinds: { pr: 0, issue: 0, comment: 0 } };
// The contract's count for repeated titles and comments: each text under its two forms (plain, and with the
// target repo masked), grouped, and for each group the number of distinct owners other than the author. The
// signal takes the larger count. Texts that normalise to fewer than `minLength` characters are not counted.
function countRepeats(sent, author, options) {
    const groups = new Map();
    const me = author.toLowerCase();
    for (const s of sent) {
        if (s.repo.owner.toLowerCase() === me)
            continue;
        const { plain, masked } = textForms(s.text, s.repo);
        if (plain.length < options.minLength)
            continue;
        for (const key of new Set([`p:${plain}`, `m:${masked}`]))
            groups.set(key, [...(groups.get(key) ?? []), s]);
    }
    let best = none;
    for (const group of groups.values()) {
        const owners = new Set(group.map((s) => s.repo.owner.toLowerCase())).size;
        if (owners < best.owners)
            continue;
        const burst = busiestOwners(group, options.burstMs);
        if (owners === best.owners && burst <= best.burst)
            continue;
        const kinds = { pr: 0, issue: 0, comment: 0 };
        for (const s of group)
            kinds[s.kind] += 1;
        best = { owners, burst, example: group[0] ?? null, kinds };
    }
    return best;
}
// The most distinct owners inside any window of `spanMs`, sliding over the texts in time order.
function busiestOwners(group, spanMs) {
    const sorted = [...group].sort((a, b) => a.at - b.at);
    let most = 0;
    for (let start = 0; start < sorted.length; start++) {
        const first = sorted[start]?.at ?? 0;
        const owners = new Set();
        for (let end = start; end < sorted.length && (sorted[end]?.at ?? 0) - first <= spanMs; end++)
            owners.add(sorted[end]?.repo.owner.toLowerCase() ?? '');
        most = Math.max(most, owners.size);
    }
    return most;
}

;// CONCATENATED MODULE: ./src/signals/history-signals.ts


// Fewer PRs closed without merge than this say nothing about how the author's work is received.
const minUnmergedForRatio = 3;
const history_signals_weekMs = 7 * 86_400_000;
// A title sent to the yellow number of owners within this span is a spray, whatever the totals.
const burstMs = 48 * 3_600_000;
function closedUnmergedRatio(closedUnmerged, closedMerged, settings, links, reason) {
    if (closedUnmerged === null || closedMerged === null)
        return unknownSignal('closed-unmerged-ratio', reason);
    const closed = closedUnmerged + closedMerged;
    const ratio = closed === 0 ? 0 : closedUnmerged / closed;
    const url = links.closedUnmerged;
    if (closedUnmerged < minUnmergedForRatio) {
        return {
            id: 'closed-unmerged-ratio',
            level: 'green',
            value: round(ratio),
            detail: `${closedUnmerged} of ${closed} PR${closed === 1 ? '' : 's'} to others' repos closed without merge: fewer than ${minUnmergedForRatio}, not judged`,
            url,
        };
    }
    // Judged on the exact share; only the value shown is rounded (0.5025 is above 0.5).
    return {
        id: 'closed-unmerged-ratio',
        level: levelAbove(ratio, settings['closed-unmerged-ratio']),
        value: round(ratio),
        detail: `${closedUnmerged} of ${closed} PRs to others' repos closed without merge`,
        url,
    };
}
function notPlannedIssues(notPlanned, settings, links, reason) {
    if (notPlanned === null)
        return unknownSignal('not-planned-issues', reason);
    return {
        id: 'not-planned-issues',
        level: levelAtLeast(notPlanned, settings['not-planned-issues']),
        value: notPlanned,
        detail: `${notPlanned} issue${notPlanned === 1 ? '' : 's'} on others' repos closed as not planned`,
        url: links.notPlanned,
    };
}
// The author's PRs and issues on others' repos, merged PRs left out (a housekeeping PR that everyone merged
// is not spam), counted by distinct owners under the normalised title; a burst within 48 hours is red.
function repeatedTitles(history, settings, record, links, reason) {
    if (history.items === null)
        return unknownSignal('repeated-titles', reason);
    const sent = history.items.filter((i) => i.external && !i.merged).map((i) => ({ text: i.title, repo: i.repo, at: Date.parse(i.createdAt), kind: i.kind }));
    const band = settings['repeated-titles'];
    const repeats = countRepeats(sent, '', { minLength: 1, burstMs });
    const burst = repeats.burst >= band.yellow;
    const level = burst ? 'red' : levelAtLeast(repeats.owners, band);
    const url = repeats.kinds.issue > repeats.kinds.pr ? links.externalIssues : links.externalPrs;
    const what = repeats.owners <= 1
        ? 'no title sent to more than one owner'
        : `one title sent to ${repeats.owners} owners${repeats.burst > 1 ? ` (${repeats.burst} within 48 hours)` : ''}, merged PRs left out${history.truncated}`;
    return guarded({ id: 'repeated-titles', level, value: repeats.owners, detail: what, url, ...quoteOf(repeats) }, record);
}
// A red title or comment signal of an author with a good record is shown as yellow: a maintainer's notice to
// many repos, or an ecosystem-wide housekeeping PR, is worth a look, not a red.
function guarded(signal, record) {
    if (signal.level !== 'red' || !record.good)
        return signal;
    const level = 'yellow';
    return { ...signal, level, detail: `${signal.detail}; yellow, not red: a good record elsewhere (${record.merged} of ${record.closed} closed PRs merged)` };
}
function quoteOf(repeats) {
    return repeats.owners > 1 && repeats.example ? { quote: repeats.example.text } : {};
}
function externalPrsPerWeek(history, settings, links, reason) {
    if (history.items === null)
        return unknownSignal('external-prs-per-week', reason);
    const times = history.items
        .filter((i) => i.kind === 'pr' && i.external)
        .map((i) => Date.parse(i.createdAt))
        .sort((a, b) => a - b);
    // Sliding 7-day window over the sorted opening times: the busiest week, whenever it started.
    let busiest = 0;
    for (let start = 0, end = 0; end < times.length; end++) {
        while (times[end] - times[start] >= history_signals_weekMs)
            start++;
        busiest = Math.max(busiest, end - start + 1);
    }
    return {
        id: 'external-prs-per-week',
        level: levelAtLeast(busiest, settings['external-prs-per-week']),
        value: busiest,
        detail: `${busiest} PR${busiest === 1 ? '' : 's'} to others' repos in the busiest 7 days (${times.length} in the window)${history.truncated}`,
        url: links.externalPrs,
    };
}
// For the verdict's spray and flood rules: of the author's PRs to others' repos opened in the window, how
// many were merged.
function openedElsewhere(history) {
    if (history.items === null)
        return null;
    const prs = history.items.filter((i) => i.kind === 'pr' && i.external);
    return { opened: prs.length, merged: prs.filter((i) => i.merged).length };
}
function round(n) {
    return Math.round(n * 100) / 100;
}

;// CONCATENATED MODULE: ./src/signals/profile-signals.ts

const profile_signals_dayMs = 86_400_000;
function accountAgeDays(author, now) {
    return author.user ? Math.floor((now.getTime() - new Date(author.user.createdAt).getTime()) / profile_signals_dayMs) : null;
}
function accountAge(author, settings, now, links, reason) {
    const days = accountAgeDays(author, now);
    if (!author.user || days === null)
        return unknownSignal('account-age', reason);
    return {
        id: 'account-age',
        level: levelBelow(days, settings['account-age-days']),
        value: days,
        detail: `account created ${author.user.createdAt.slice(0, 10)}, ${days} day${days === 1 ? '' : 's'} ago`,
        url: links.profile,
    };
}
// A sparse profile says something only about a young account: plenty of long-standing contributors never
// fill theirs in. An account at least as old as account-age's yellow band is not judged on it.
function profileFields(author, settings, now, links, reason) {
    const days = accountAgeDays(author, now);
    if (!author.user || days === null)
        return unknownSignal('profile-fields', reason);
    const entries = Object.entries(author.user.fields);
    const filled = entries.filter(([, on]) => on).map(([name]) => name);
    const unread = author.user.unread.length > 0 ? ` (${author.user.unread.join(', ')} not readable with this token)` : '';
    const count = filled.length === 0 ? `none of ${entries.length} profile fields filled` : `${filled.length} of ${entries.length} filled: ${filled.join(', ')}`;
    const judgedBelow = settings['account-age-days'].yellow;
    if (days >= judgedBelow) {
        return {
            id: 'profile-fields',
            level: 'green',
            value: filled.length,
            detail: `not judged: account older than ${judgedBelow} days; ${count}${unread}`,
            url: links.profile,
        };
    }
    return {
        id: 'profile-fields',
        level: levelBelow(filled.length, settings['profile-fields']),
        value: filled.length,
        detail: count + unread,
        url: links.profile,
    };
}

;// CONCATENATED MODULE: ./src/signals/repeated-comments.ts



// GitHub's public events API keeps 30 days: the comments window is at most that.
const eventsKeptDays = 30;
// "+1", "thanks!", "lgtm": short comments repeat for honest reasons.
const minCommentLength = 10;
const commentEvents = ['IssueCommentEvent', 'PullRequestReviewCommentEvent'];
// The same comment posted on the issues and PRs of many owners: comment spam, from the author's public events.
function repeatedComments(events, login, window, settings, record, links) {
    const commentsSince = window.since;
    if (!events.value)
        return unknownSignal('repeated-comments', events.failure ?? 'no data');
    const sent = events.value.flatMap((e) => {
        const at = Date.parse(e.createdAt);
        const repo = repoOf(e.repo);
        if (!commentEvents.includes(e.type) || e.body === null || !repo || !(at >= commentsSince.getTime()))
            return [];
        if (e.action !== null && e.action !== 'created')
            return [];
        return [{ text: e.body, repo, at, kind: 'comment' }];
    });
    const repeats = countRepeats(sent, login, { minLength: minCommentLength, burstMs: 0 });
    const days = window.days;
    return guarded({
        id: 'repeated-comments',
        level: levelAtLeast(repeats.owners, settings['repeated-comments']),
        value: repeats.owners,
        detail: repeats.owners <= 1
            ? `no comment posted on more than one owner's repos (${sent.length} comments in the last ${days} days)`
            : `one comment posted on the issues and PRs of ${repeats.owners} owners in the last ${days} days`,
        url: links.commented,
        ...quoteOf(repeats),
    }, record);
}
function repoOf(fullName) {
    const [owner, name] = fullName.split('/');
    return owner && name ? { owner, name } : null;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(6);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/signals/sensitive-files.ts


// GitHub lists at most this many files of a PR.
const listedFilesLimit = 3000;
// The contract's globs: case-sensitive, `*` inside one folder, `**` any depth including none, dot-files and
// dot-folders like any other name.
// Compiled once a run per list (a backfill asks for every PR): picomatch's first compile costs a triage about
// 2.5 ms, so a triage asks for it while GitHub answers (triage.ts) rather than after.
const compiled = new Map();
function sensitiveMatcher(globs) {
    if (globs.length === 0)
        return () => false;
    const key = JSON.stringify(globs);
    let matcher = compiled.get(key);
    if (!matcher) {
        matcher = picomatch_default()([...globs], { dot: true, nocase: false });
        compiled.set(key, matcher);
    }
    return matcher;
}
// A PR that adds, changes, removes or renames (either name) a file where a change runs with the maintainers'
// rights, or steers their coding agents, needs a maintainer's eye whoever wrote it.
function sensitiveFiles(files, globs, url) {
    if (files.list === null)
        return unknownSignal('sensitive-files', files.failure ?? 'no data');
    const sensitive = sensitiveMatcher(globs);
    const touched = files.list.flatMap((f) => [f.path, ...(f.previous ? [f.previous] : [])]).filter(sensitive);
    const unique = [...new Set(touched)];
    if (unique.length > 0) {
        // Paths are the PR author's text: shown in the summary (escaped), never in the output's detail.
        const shown = unique.slice(0, 3).join(', ');
        return {
            id: 'sensitive-files',
            level: 'yellow',
            value: unique.length,
            detail: `changes ${unique.length} sensitive file${unique.length === 1 ? '' : 's'}`,
            url,
            quote: `${shown}${unique.length > 3 ? ` and ${unique.length - 3} more` : ''}`,
        };
    }
    const listed = files.list.length;
    const cut = (files.total !== null && listed < files.total) || listed >= listedFilesLimit;
    if (cut) {
        return {
            id: 'sensitive-files',
            level: 'unknown',
            value: null,
            detail: `GitHub listed ${listed} of ${files.total ?? 'more'} changed files and none of those is sensitive; the rest cannot be seen`,
            url,
        };
    }
    return { id: 'sensitive-files', level: 'green', value: 0, detail: `no sensitive file among ${listed} changed`, url };
}

;// CONCATENATED MODULE: ./src/signals/compute-signals.ts







// The window of the comment signal: the history window, or GitHub's 30 days of events if shorter.
function commentsWindowDays(settings) {
    return Math.min(settings['activity-window-days'], eventsKeptDays);
}
function commentsWindowStart(settings, now) {
    return startOfDay(now.getTime() - commentsWindowDays(settings) * 86_400_000);
}
// The author's history in the window as the signals count it: the triaged item left out.
function historyOf(input) {
    const { author, subject } = input;
    const same = (i) => subject !== undefined &&
        i.kind === subject.kind &&
        i.number === subject.number &&
        i.repo.owner.toLowerCase() === subject.repo.owner.toLowerCase() &&
        i.repo.name.toLowerCase() === subject.repo.name.toLowerCase();
    const items = author.items?.filter((i) => !same(i)) ?? null;
    const read = author.items?.length ?? 0;
    const truncated = author.itemsTotal !== null && author.itemsTotal > read ? `; newest ${read} of ${author.itemsTotal} read` : '';
    return { items, truncated };
}
// Every signal of the contract, in the contract's order. Pure: the same data gives the same signals.
function computeSignals(input) {
    const { author, events, files, subject, settings, now } = input;
    const why = (...fields) => author.failures.find((f) => fields.includes(f.field))?.reason ?? 'no data';
    const since = windowStart(settings, now);
    const commentsSince = commentsWindowStart(settings, now);
    const links = evidenceLinks(input.serverUrl, author.login, since, commentsSince);
    const history = historyOf(input);
    const record = goodRecord(author);
    const signals = [
        accountAge(author, settings, now, links, why('User')),
        profileFields(author, settings, now, links, why('User')),
        closedUnmergedRatio(author.closedUnmerged, author.closedMerged, settings, links, why('ClosedUnmerged', 'ClosedMerged')),
        notPlannedIssues(author.notPlanned, settings, links, why('NotPlanned')),
        repeatedTitles(history, settings, record, links, why('Prs', 'Issues')),
        ...(events ? [repeatedComments(events, author.login, { since: commentsSince, days: commentsWindowDays(settings) }, settings, record, links)] : []),
        externalPrsPerWeek(history, settings, links, why('Prs', 'Issues')),
    ];
    if (files && subject)
        signals.push(sensitiveFiles(files, settings['sensitive-paths'], links.files(subject.repo, subject.number)));
    return signals;
}

;// CONCATENATED MODULE: ./src/modes/read-window.ts


// The windows a mode reads: the history from activity-window-days back to now, the events from at most 30
// days back (all GitHub keeps).
function readWindow(settings, now) {
    return { since: windowStart(settings, now), until: now, eventsSince: commentsWindowStart(settings, now), eventsDays: commentsWindowDays(settings), now };
}

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
const contextSignalIds = ['account-age', 'profile-fields', 'external-prs-per-week'];
function repoName(repo) {
    return `${repo.owner}/${repo.name}`;
}

;// CONCATENATED MODULE: ./src/verdict/decide-verdict.ts

// Under this share of PRs merged, a spray or a flood is red: nobody is taking them.
const takenShare = 0.25;
const floodTimes = 4;
// The contract's rule. Evidence (how the author's work was received elsewhere, whether they send the same
// thing everywhere) makes red on its own. Context (who the author is, how busy) makes red only as a spray (a
// new account opening PRs at the red rate) or a flood (four times the red rate, any age), and only while
// under a quarter of those PRs were merged; one context signal alone is green, two make yellow.
function decideVerdict(input) {
    const { ignore } = input;
    const counted = input.signals.filter((s) => !ignore.includes(s.id));
    const unknown = counted.filter((s) => s.level === 'unknown');
    const partial = unknown.length > 0;
    const isContext = (s) => contextSignalIds.includes(s.id);
    const evidenceRed = counted.filter((s) => s.level === 'red' && !isContext(s));
    if (evidenceRed.length > 0)
        return { verdict: 'red', partial, reason: `red on ${evidenceRed.map((s) => s.id).join(', ')}` };
    const level = (id) => counted.find((s) => s.id === id);
    const prs = level('external-prs-per-week');
    const age = level('account-age');
    const untaken = input.opened !== null && input.opened.merged < takenShare * input.opened.opened;
    const share = input.opened && input.opened.opened > 0 ? `${input.opened.merged} of ${input.opened.opened}` : '';
    if (untaken && prs?.level === 'red' && age?.level === 'red') {
        return { verdict: 'red', partial, reason: `a new account spraying PRs that nobody takes (${share} merged)` };
    }
    if (untaken && prs && typeof prs.value === 'number' && prs.value >= floodTimes * input.externalPrsBand.red) {
        return { verdict: 'red', partial, reason: `a flood of ${prs.value} PRs to others' repos in one week, ${share} merged` };
    }
    const flaggedEvidence = counted.filter((s) => !isContext(s) && s.level === 'yellow');
    const flaggedContext = counted.filter((s) => isContext(s) && (s.level === 'yellow' || s.level === 'red'));
    const flagged = [...flaggedEvidence, ...(flaggedContext.length >= 2 ? flaggedContext : [])];
    if (flagged.length > 0 || partial) {
        const parts = [
            ...(flagged.length > 0 ? [`${flagged.map((s) => s.id).join(', ')} ${flagged.length === 1 ? 'needs' : 'need'} a look`] : []),
            ...(partial ? [`${unknown.map((s) => s.id).join(', ')} could not be read`] : []),
        ];
        return { verdict: 'yellow', partial, reason: parts.join('; ') };
    }
    const alone = flaggedContext[0];
    return { verdict: 'green', partial, reason: alone ? `only ${alone.id} stands out, and context alone is not a concern` : 'no signal needs a look' };
}

;// CONCATENATED MODULE: ./src/modes/score-author.ts



// The one scoring step every mode shares: signals → verdict → what could not be read.
function scoreAuthor(input) {
    const signals = computeSignals(input);
    const decision = decideVerdict({
        signals,
        ignore: input.settings['ignore-signals'],
        externalPrsBand: input.settings['external-prs-per-week'],
        opened: openedElsewhere(historyOf(input)),
    });
    const warnings = input.author.failures.map((f) => `Could not read ${f.read}: ${f.reason}`);
    if (input.files?.failure)
        warnings.push(`Could not read the PR's changed files: ${input.files.failure}`);
    if (input.events?.failure)
        warnings.push(`Could not read the public events of ${input.author.login}: ${input.events.failure}`);
    return { signals, verdict: decision.verdict, reason: decision.reason, partial: decision.partial, warnings };
}

;// CONCATENATED MODULE: ./src/writers/apply-label-batches.ts



// Mutations per request: each is one item's labels; GitHub runs them in order and answers each by alias.
const changesPerRequest = 25;
// A backfill's label writes, many items to a GraphQL request. GitHub weighs a REST write at 5 points of its
// 900-a-minute secondary limit and a GraphQL request with mutations at 5 whatever it holds, so 500 items'
// labels cost 100 points instead of 2,500. `labelIds` maps lower-cased names to node ids.
async function applyLabelBatches(client, changes, labelIds, dryRun) {
    const outcomes = new Map();
    const warnings = new Set();
    const outcome = (change, status, detail) => outcomes.set(change.subject, change.writes.map((w) => ({ description: describeWrite(w, change.subject), status, detail })));
    if (dryRun) {
        for (const change of changes)
            outcome(change, 'planned', 'dry run');
        return { outcomes, warnings: [] };
    }
    // A label that could not be created has no id: its items' label writes fail, the others go ahead.
    const known = (w) => (w.kind === 'add-labels' ? w.names : [w.name]).every((n) => labelIds.has(n.toLowerCase()));
    const ready = changes.filter((c) => c.writes.every(known));
    for (const change of changes.filter((c) => !ready.includes(c)))
        outcome(change, 'failed', 'the label does not exist in the repository');
    // One request after another: GitHub asks for mutative requests to be made serially, not concurrently.
    for (let i = 0; i < ready.length; i += changesPerRequest) {
        const batch = ready.slice(i, i + changesPerRequest);
        const { mutation, variables } = buildMutation(batch, labelIds);
        try {
            await client.octokit.graphql(mutation, variables);
            for (const change of batch)
                outcome(change, 'written', '');
        }
        catch (error) {
            const e = error;
            const aliasOf = (x) => (typeof x.path?.[0] === 'string' ? /^[ar](\d+)$/.exec(x.path[0])?.[1] : undefined);
            // Errors that name an alias failed that item only; any other error (rate limit, a refused document)
            // failed the whole request.
            const perItem = e.name === 'GraphqlResponseError' && (e.errors ?? []).every((x) => aliasOf(x) !== undefined);
            for (const [n, change] of batch.entries()) {
                const own = e.errors?.find((x) => aliasOf(x) === String(n));
                if (perItem && !own)
                    outcome(change, 'written', '');
                else if (own?.type === 'FORBIDDEN' || /not accessible by integration/i.test(own?.message ?? e.message)) {
                    outcome(change, 'refused', 'read-only token');
                    warnings.add(readOnlyWarning(change.subject));
                }
                else
                    outcome(change, 'failed', own?.message ?? describeFailure(error));
            }
        }
    }
    return { outcomes, warnings: [...warnings] };
}
function buildMutation(batch, labelIds) {
    const definitions = [];
    const fields = [];
    const variables = {};
    batch.forEach((change, n) => {
        const ids = (names) => names.map((name) => labelIds.get(name.toLowerCase()));
        const add = ids(change.writes.flatMap((w) => (w.kind === 'add-labels' ? w.names : [])));
        const remove = ids(change.writes.flatMap((w) => (w.kind === 'remove-label' ? [w.name] : [])));
        definitions.push(`$i${n}: ID!`);
        variables[`i${n}`] = change.itemId;
        if (add.length > 0) {
            definitions.push(`$a${n}: [ID!]!`);
            variables[`a${n}`] = add;
            fields.push(`  a${n}: addLabelsToLabelable(input: { labelableId: $i${n}, labelIds: $a${n} }) { clientMutationId }`);
        }
        if (remove.length > 0) {
            definitions.push(`$r${n}: [ID!]!`);
            variables[`r${n}`] = remove;
            fields.push(`  r${n}: removeLabelsFromLabelable(input: { labelableId: $i${n}, labelIds: $r${n} }) { clientMutationId }`);
        }
    });
    return { mutation: `mutation Labels(${definitions.join(', ')}) {\n${fields.join('\n')}\n}`, variables };
}

;// CONCATENATED MODULE: ./src/fetch/last-page.ts
// The page number of a REST answer's rel="last" link; null on the last page itself, which has none.
function lastPage(link) {
    const last = /[?&]page=(\d+)>; rel="last"/.exec(link ?? '');
    return last ? Number(last[1]) : null;
}

;// CONCATENATED MODULE: ./src/fetch/rest-list.ts
// A REST list answer as GitHub documents it (an array of objects), or an error that says it was not one, so a
// broken answer is a failed read in the maintainer's words rather than "data.map is not a function".
function restList(data, route) {
    if (!Array.isArray(data) || data.some((entry) => typeof entry !== 'object' || entry === null)) {
        const what = typeof data === 'string' ? (/<html/i.test(data) ? 'an HTML page' : 'text') : Array.isArray(data) ? 'a list of non-objects' : `${typeof data}`;
        throw new Error(`GitHub answered ${route} with ${what}, not the list it documents`);
    }
    return data;
}

;// CONCATENATED MODULE: ./src/fetch/get-pr-files.ts


// GitHub lists at most 3,000 files of a PR; 30 pages of 100.
const pageSize = 100;
const maxPages = 30;
// The changed files of a PR. With the count from the event every page is requested at once; without it
// (an issue_comment's payload has none) page 1's Link header says how many more to read, together.
async function getPrFiles(client, repo, number, changedFiles) {
    const page = (n) => client.octokit.rest.pulls.listFiles({ owner: repo.owner, repo: repo.name, pull_number: number, per_page: pageSize, page: n });
    const pages = changedFiles === null ? null : Math.min(maxPages, Math.max(1, Math.ceil(changedFiles / pageSize)));
    const first = pages === null ? [await page(1)] : [];
    const last = pages ?? Math.min(maxPages, lastPage(first[0]?.headers.link) ?? 1);
    const rest = await Promise.all(Array.from({ length: last - first.length }, (_, i) => page(first.length + i + 1)));
    const route = `GET /repos/${repo.owner}/${repo.name}/pulls/${number}/files`;
    return [...first, ...rest].flatMap((r) => restList(r.data, route).map((f) => ({
        path: String(f.filename),
        previous: typeof f.previous_filename === 'string' ? f.previous_filename : null,
    })));
}

;// CONCATENATED MODULE: ./src/fetch/profile-part.ts

// The aliases of one author's part of a profile query (after its prefix): a failure names the one it came
// from, so a signal can say which read it lacks. Typed, so a misspelled alias does not compile.
const profileAliases = (/* unused pure expression or super */ null && ([
    'User',
    'Prs',
    'Issues',
    'ClosedUnmerged',
    'ClosedMerged',
    'NotPlanned',
    'EarlierPrs',
    'EarlierIssues',
    'HerePrs',
    'HereIssues',
]));
// Where a window's searches end: only an ended window bounds them.
function searchEnd(window) {
    return window.ended ? window.until : undefined;
}
const historyPageSize = 100;
// Searches are counted by GitHub (issueCount), so the ratios hold even where the item list is cut short.
function profilePart(prefix, request, queryWindow, withEmail = true) {
    const { login } = request;
    const window = request.window ?? queryWindow;
    const { since } = window;
    const until = searchEnd(window);
    const searches = {
        Prs: searchQueries.history(login, 'pr', since, until),
        Issues: searchQueries.history(login, 'issue', since, until),
        ClosedUnmerged: searchQueries.closedUnmerged(login, since, until),
        ClosedMerged: searchQueries.closedMerged(login, since, until),
        NotPlanned: searchQueries.notPlanned(login, since, until),
    };
    const firstTime = request.firstTime;
    if (firstTime) {
        const before = new Date(firstTime.before);
        if (firstTime.kind === 'pr') {
            searches.EarlierPrs = searchQueries.mergedHere(firstTime.repo, login, before);
        }
        else {
            searches.EarlierPrs = searchQueries.earlierHere(firstTime.repo, login, 'pr', before);
            searches.EarlierIssues = searchQueries.earlierHere(firstTime.repo, login, 'issue', before);
        }
    }
    if (request.here) {
        searches.HerePrs = searchQueries.here(request.here, login, 'pr');
        searches.HereIssues = searchQueries.here(request.here, login, 'issue');
    }
    const variables = {
        [`${prefix}Login`]: { type: 'String!', value: login },
        [`${prefix}From`]: { type: 'DateTime!', value: window.since.toISOString() },
        [`${prefix}To`]: { type: 'DateTime!', value: window.until.toISOString() },
    };
    for (const [name, query] of Object.entries(searches))
        variables[`${prefix}${name}`] = { type: 'String!', value: query };
    const lists = ['Prs', 'Issues', 'HerePrs', 'HereIssues'];
    const counts = Object.keys(searches)
        .filter((name) => !lists.includes(name))
        .map((name) => `  ${prefix}${name}: search(type: ISSUE, query: $${prefix}${name}, first: 1) { issueCount }`);
    const here = (alias) => `  ${prefix}${alias}: search(type: ISSUE, query: $${prefix}${alias}, first: ${historyPageSize}) {
    issueCount nodes { __typename ... on PullRequest { createdAt mergedAt } ... on Issue { createdAt } }
  }`;
    const selection = [
        `  ${prefix}User: user(login: $${prefix}Login) {
    databaseId login createdAt name company websiteUrl location ${withEmail ? 'email ' : ''}bio twitterUsername
    socialAccounts(first: 1) { totalCount }
    contributionsCollection(from: $${prefix}From, to: $${prefix}To) {
      contributionCalendar { weeks { contributionDays { date contributionCount } } }
    }
  }`,
        `  ${prefix}Prs: search(type: ISSUE, query: $${prefix}Prs, first: ${historyPageSize}) { ${historySelection} }`,
        `  ${prefix}Issues: search(type: ISSUE, query: $${prefix}Issues, first: ${historyPageSize}) { ${historySelection} }`,
        ...counts,
        ...(request.here ? [here('HerePrs'), here('HereIssues')] : []),
    ].join('\n');
    return { variables, selection };
}
const historySelection = `issueCount pageInfo { hasNextPage endCursor }
    nodes {
      __typename
      ... on PullRequest { number title createdAt closedAt merged repository { name owner { login } } }
      ... on Issue { number title createdAt closedAt stateReason repository { name owner { login } } }
    }`;

;// CONCATENATED MODULE: ./src/text/by-time.ts
// GitHub's timestamps are ISO 8601 in UTC, all written alike (2024-05-01T12:00:00Z): their text order is their
// time order. Compared as strings, not with localeCompare, whose first call sets up ICU's collator (about 5 ms
// of a run, on the path between GitHub's answers and the writes).
function byTime(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/fetch/read-profile.ts


function readProfile(prefix, request, result, withEmail = true) {
    const failures = [];
    const login = request.login;
    const read = (name, what, valid = () => null) => {
        const alias = `${prefix}${name}`;
        const value = result.data[alias];
        const failure = failureOf(result, alias) ?? (value === null || value === undefined ? 'GitHub returned nothing' : valid(value));
        if (failure !== null) {
            failures.push({ field: name, read: what, reason: failure });
            return null;
        }
        return value;
    };
    const count = (name, what) => read(name, what, (v) => (typeof v.issueCount === 'number' ? null : 'not a search count'))?.issueCount ?? null;
    const user = read('User', `the profile of ${login}`, (v) => (typeof v.createdAt === 'string' ? null : 'not a user'));
    const prs = read('Prs', `the PRs of ${login}`, read_profile_listed);
    const issues = read('Issues', `the issues of ${login}`, read_profile_listed);
    const earlierPrs = request.firstTime ? count('EarlierPrs', `the earlier contributions of ${login} here`) : null;
    const earlierIssues = request.firstTime?.kind === 'issue' ? count('EarlierIssues', `the earlier issues of ${login} here`) : 0;
    const herePrs = request.here ? read('HerePrs', `the earlier PRs of ${login} here`, read_profile_listed) : null;
    const hereIssues = request.here ? read('HereIssues', `the earlier issues of ${login} here`, read_profile_listed) : null;
    return {
        login,
        user: user && {
            id: user.databaseId,
            name: filled(user.name) ? user.name : null,
            createdAt: user.createdAt,
            fields: {
                name: filled(user.name),
                company: filled(user.company),
                blog: filled(user.websiteUrl),
                location: filled(user.location),
                email: filled(user.email),
                bio: filled(user.bio),
                social: filled(user.twitterUsername) || (user.socialAccounts?.totalCount ?? 0) > 0,
            },
            unread: withEmail ? [] : ['email'],
        },
        calendar: user ? calendarOf(user) : null,
        items: prs && issues ? [...toHistory(prs, login), ...toHistory(issues, login)].sort((a, b) => byTime(b.createdAt, a.createdAt)) : null,
        itemsTotal: prs && issues ? prs.issueCount + issues.issueCount : null,
        cursors: { pr: cursorOf(prs), issue: cursorOf(issues) },
        closedUnmerged: count('ClosedUnmerged', `the closed PRs of ${login}`),
        closedMerged: count('ClosedMerged', `the merged PRs of ${login}`),
        notPlanned: count('NotPlanned', `the not-planned issues of ${login}`),
        earlierHere: earlierPrs === null || earlierIssues === null ? null : earlierPrs + earlierIssues,
        here: herePrs && hereIssues ? [...hereOf(herePrs, 'pr'), ...hereOf(hereIssues, 'issue')].sort((a, b) => byTime(a.createdAt, b.createdAt)) : null,
        failures,
    };
}
// A search list GitHub counted but did not list (a search mixing issues and PRs, or items the token cannot
// see) is unreadable, never an empty history.
function read_profile_listed(connection) {
    if (typeof connection.issueCount !== 'number' || !Array.isArray(connection.nodes))
        return 'not a search result';
    if (connection.issueCount > 0 && connection.nodes.length === 0)
        return `GitHub counted ${connection.issueCount} but listed none`;
    return null;
}
function cursorOf(connection) {
    return connection?.pageInfo?.hasNextPage ? connection.pageInfo.endCursor : null;
}
// Nodes the token cannot read come back null (or without fields): they are left out, not counted as one
// empty title.
function toHistory(connection, login) {
    const history = [];
    for (const node of connection.nodes) {
        if (!node || (node.__typename !== 'PullRequest' && node.__typename !== 'Issue'))
            continue;
        if (typeof node.title !== 'string' || typeof node.createdAt !== 'string' || !node.repository)
            continue;
        const owner = node.repository.owner.login;
        history.push({
            kind: node.__typename === 'PullRequest' ? 'pr' : 'issue',
            repo: { owner, name: node.repository.name },
            number: node.number ?? 0,
            title: node.title,
            createdAt: node.createdAt,
            closedAt: node.closedAt ?? null,
            merged: node.merged === true,
            stateReason: node.stateReason ?? null,
            external: owner.toLowerCase() !== login.toLowerCase(),
        });
    }
    return history;
}
function hereOf(connection, kind) {
    return connection.nodes.flatMap((n) => (n && typeof n.createdAt === 'string' ? [{ kind, createdAt: n.createdAt, mergedAt: n.mergedAt ?? null }] : []));
}
function calendarOf(user) {
    const weeks = user.contributionsCollection?.contributionCalendar?.weeks;
    if (!Array.isArray(weeks))
        return null;
    return weeks.flatMap((w) => (w.contributionDays ?? []).map((d) => ({ date: d.date, count: d.contributionCount })));
}
function filled(value) {
    return typeof value === 'string' && value.trim().length > 0;
}

;// CONCATENATED MODULE: ./src/fetch/get-history-pages.ts





// More than this many PRs (or issues) in the window is already far past every red threshold.
const maxExtraPages = 4;
// Reads the rest of an author's history when a first page did not hold it: the PRs and the issues each on
// their own cursor, the two lists at the same time. A page that cannot be read makes the history unreadable
// (the signals it feeds are unknown) rather than silently short.
async function getHistoryPages(client, author, since, until) {
    const kinds = ['pr', 'issue'].filter((k) => author.cursors[k] !== null);
    const read = await Promise.all(kinds.map((kind) => readOn(client, author, kind, since, until)));
    const failure = read.find((r) => r.failure !== null)?.failure;
    if (failure) {
        return { ...author, items: null, failures: [...author.failures, { field: 'Prs', read: `the later pages of ${author.login}'s history`, reason: failure }] };
    }
    const items = [...(author.items ?? []), ...read.flatMap((r) => r.items)].sort((a, b) => byTime(b.createdAt, a.createdAt));
    const cursors = { ...author.cursors };
    for (const [i, kind] of kinds.entries())
        cursors[kind] = read[i]?.cursor ?? null;
    return { ...author, items, cursors };
}
async function readOn(client, author, kind, since, until) {
    const query = searchQueries.history(author.login, kind, since, until);
    let cursor = author.cursors[kind];
    const items = [];
    for (let page = 0; cursor && page < maxExtraPages; page++) {
        const result = await runQuery(client, 'HistoryPage', [
            {
                variables: { q: { type: 'String!', value: query }, after: { type: 'String', value: cursor } },
                selection: `  page: search(type: ISSUE, query: $q, first: ${historyPageSize}, after: $after) { ${historySelection} }`,
            },
        ]);
        const connection = result.data.page;
        if (result.failure || !connection || !Array.isArray(connection.nodes))
            return { items, cursor, failure: result.failure ?? 'GitHub returned no page' };
        items.push(...toHistory(connection, author.login));
        cursor = connection.pageInfo?.hasNextPage ? connection.pageInfo.endCursor : null;
    }
    return { items, cursor, failure: null };
}

;// CONCATENATED MODULE: ./src/fetch/get-profiles.ts




// Profiles of one or more authors in one query, with the ways GitHub refuses a whole answer handled:
// - a token that may not read User.email (a classic token without user:email or read:user, `gh auth token`,
//   has the whole query refused; others have the field refused and the user nulled): asked again without it,
//   the email counted as unread;
// - an author GitHub will not search (suspended, renamed) nulls every search of the query: with several
//   authors, each is asked alone;
// - a batch GitHub timed out on is asked again in halves (runInHalves).
// A history longer than one page is then read on, page by page.
async function getProfiles(client, name, requests, window) {
    const authors = await runInHalves(requests, (batch, options) => profileBatch(client, name, batch, window, options));
    return Promise.all(authors.map((a, i) => {
        const own = requests[i]?.window ?? window;
        return a.cursors.pr || a.cursors.issue ? getHistoryPages(client, a, own.since, searchEnd(own)) : Promise.resolve(a);
    }));
}
async function profileBatch(client, name, requests, window, options) {
    const ask = (batch, withEmail, own = options) => runQuery(client, name, batch.map((r, i) => profilePart(`a${i}`, r, window, withEmail)), own);
    let withEmail = true;
    let result = await ask(requests, withEmail);
    if (refusedEmail(result)) {
        withEmail = false;
        result = await ask(requests, withEmail);
    }
    if (result.timedOut)
        return { timedOut: true, values: requests.map((r, i) => readProfile(`a${i}`, r, result, withEmail)) };
    if (requests.length > 1 && refusedSearch(result)) {
        return { timedOut: false, values: await Promise.all(requests.map(async (r) => readProfile('a0', r, await ask([r], withEmail, {}), withEmail))) };
    }
    return { timedOut: false, values: requests.map((r, i) => readProfile(`a${i}`, r, result, withEmail)) };
}
// Refused for the email alone, in either of GitHub's ways: the whole document (a classic token without
// user:email, INSUFFICIENT_SCOPES naming the field) or field by field (FORBIDDEN or another type at a path
// ending in `email`, which nulls the user since the field is non-null).
function refusedEmail(result) {
    return result.errors.some((e) => e.field === 'email' || (e.path === '' && /'email' field/.test(e.message)));
}
function refusedSearch(result) {
    return result.errors.some((e) => e.type === 'INVALID') && Object.keys(result.data).length === 0;
}

;// CONCATENATED MODULE: ./src/fetch/count-nodes.ts
// GitHub's count of the nodes a query may return ("Node limit", in its GraphQL docs): each connection asked
// for with `first` or `last` N contributes N times the product of the Ns of the connections it sits in. The
// sum is capped at 500,000; below that it says how heavy a query is, which is what a batch is sized by.
// Counted on the query's text: the action's own queries give every page size as a literal, and a selection
// without `first`/`last` (a user, a repository, a fragment) multiplies by 1. Both fragments of a union are
// counted, as GitHub's static count does.
const nodeLimit = 500_000;
function countNodes(query) {
    const scopes = [1];
    let total = 0;
    let pending = null; // the page size of the field whose selection opens next
    let i = 0;
    while (i < query.length) {
        const ch = query[i];
        if (ch === '(') {
            const close = query.indexOf(')', i);
            const args = query.slice(i + 1, close === -1 ? query.length : close);
            const size = /\b(?:first|last)\s*:\s*(\d+)/.exec(args);
            pending = size ? Number(size[1]) : null;
            i = close === -1 ? query.length : close + 1;
            continue;
        }
        if (ch === '{') {
            const enclosing = scopes.at(-1) ?? 1;
            if (pending !== null)
                total += pending * enclosing;
            scopes.push(enclosing * (pending ?? 1));
            pending = null;
        }
        else if (ch === '}') {
            scopes.pop();
            pending = null;
        }
        else if (/[A-Za-z_]/.test(ch) && pending !== null) {
            // A field after the arguments and before any selection: the arguments were a scalar's (label(name:)).
            pending = null;
        }
        i += 1;
    }
    return total;
}
// Queries are sized to this many nodes: a hundredth of GitHub's limit. The limit bounds what a query may ask,
// not how long GitHub takes to answer it, and GitHub documents no time per node; this budget keeps a batch's
// answer close to a single unit's. A batch that still times out is asked again in halves (runInHalves).
const nodeBudget = 5_000;
// How many units (an author's profile, an item's thread) go in one query: as many as the budget holds, at
// least one, and never more than `most`.
function unitsPerQuery(unitQuery, most) {
    const nodes = countNodes(unitQuery);
    return Math.max(1, Math.min(most, Math.floor(nodeBudget / Math.max(1, nodes))));
}

;// CONCATENATED MODULE: ./src/fetch/get-public-events.ts


// GitHub serves at most 300 public events (3 pages of 100), from the last 30 days.
const get_public_events_pageSize = 100;
const get_public_events_maxPages = 3;
// Page 1 first; only when it is full and still inside the window are the remaining pages read, together.
async function getPublicEvents(client, login, since) {
    const first = await getPage(client, login, 1);
    const oldest = first.events.at(-1);
    if (first.lastPage <= 1 || !oldest || new Date(oldest.createdAt) < since)
        return first.events;
    const rest = await Promise.all(Array.from({ length: Math.min(first.lastPage, get_public_events_maxPages) - 1 }, (_, i) => getPage(client, login, i + 2)));
    return [first, ...rest].flatMap((page) => page.events);
}
async function getPage(client, login, page) {
    const response = await client.octokit.rest.activity.listPublicEventsForUser({ username: login, per_page: get_public_events_pageSize, page });
    return {
        events: restList(response.data, `GET /users/${login}/events/public`).map((e) => {
            const payload = (e.payload ?? {});
            return {
                id: String(e.id),
                type: e.type ?? 'Event',
                repo: e.repo?.name ?? '',
                createdAt: e.created_at ?? '',
                action: typeof payload.action === 'string' ? payload.action : null,
                body: typeof payload.comment?.body === 'string' ? payload.comment.body : null,
            };
        }),
        lastPage: lastPage(response.headers.link) ?? page,
    };
}

;// CONCATENATED MODULE: ./src/fetch/read-unread-comments.ts


// Pages of the middle of a thread read at most; past that the thread is left incomplete and nothing is
// posted on it (a duplicate comment is worse than a missing one).
const read_unread_comments_maxPages = 10;
// The comments a thread's first read skipped (threads of over 200 comments). Pages follow cursors, so they
// are read in turn; only long threads pay for it.
async function readUnreadComments(client, repo, number, thread, markers) {
    let unread = thread.unreadComments;
    const nodes = [];
    for (let page = 0; unread && page < read_unread_comments_maxPages; page++) {
        const result = await runQuery(client, 'ThreadComments', [
            {
                variables: {
                    owner: { type: 'String!', value: repo.owner },
                    name: { type: 'String!', value: repo.name },
                    number: { type: 'Int!', value: number },
                    after: { type: 'String!', value: unread.after },
                },
                selection: `  repository(owner: $owner, name: $name) {
    item: issueOrPullRequest(number: $number) {
      ... on PullRequest { comments(first: 100, after: $after) { pageInfo { hasNextPage endCursor } ${commentFields} } }
      ... on Issue { comments(first: 100, after: $after) { pageInfo { hasNextPage endCursor } ${commentFields} } }
    }
  }`,
            },
        ]);
        const comments = result.data.repository?.item?.comments;
        if (result.failure || !comments)
            break;
        nodes.push(...comments.nodes);
        const left = unread.count - comments.nodes.length;
        unread = left > 0 && comments.pageInfo.hasNextPage ? { after: comments.pageInfo.endCursor, count: left } : null;
    }
    const found = ownComments(nodes, markers);
    const known = new Set(thread.ownComments.map((c) => c.id));
    return { ...thread, ownComments: [...thread.ownComments, ...found.filter((c) => !known.has(c.id))], unreadComments: unread };
}

;// CONCATENATED MODULE: ./src/modes/backfill/read-backlog.ts










// Authors per profiling query and items per thread query: as many as GitHub's node count of one puts inside
// the node budget (count-nodes.ts), for an author with every search a backfill asks and a PR with its files.
// Counted on a backfill's first use, not at load: every triage loads this module, and the count's first run
// (building and scanning two queries, cold) cost it about 5 ms before its first request.
const sample = { login: 'sample', here: { owner: 'o', name: 'r' } };
let batchSizes;
function perQuery() {
    batchSizes ??= {
        authors: unitsPerQuery(composeQuery('Profiles', [profilePart('a0', sample, { since: new Date(0), until: new Date(0) })]).query, 25),
        items: unitsPerQuery(composeQuery('Threads', [threadPart('t', sample.here, [{ number: 1, kind: 'pr' }], [], true)]).query, 25),
    };
    return batchSizes;
}
// Each distinct author once: profiles in batches, and each author's public events (repeated-comments) beside
// them; all through the client's bound on requests in flight.
async function profileAuthors(client, repo, logins, window, progress) {
    const authors = new Map();
    const events = new Map(logins.map((login) => [login, settle(getPublicEvents(client, login, window.eventsSince))]));
    let done = 0;
    await Promise.all(chunk(logins, perQuery().authors).map(async (batch) => {
        const profiles = await getProfiles(client, 'Profiles', batch.map((login) => ({ login, here: repo })), window);
        for (const author of profiles) {
            authors.set(author.login, { author, events: (await events.get(author.login)) ?? { value: null, failure: 'not read' } });
        }
        done += batch.length;
        progress(`profiled ${done}/${logins.length} authors`);
    }));
    return authors;
}
async function readThreads(client, repo, subjects, labels) {
    const threads = new Map();
    const readBatch = async (batch, options) => {
        const result = await runQuery(client, 'Threads', [threadPart('t', repo, batch, labels, true)], options);
        return { timedOut: result.timedOut, values: batch.map((subject) => ({ subject, read: readThread('t', result, allMarkers, subject.number) })) };
    };
    await Promise.all(chunk(subjects, perQuery().items).map(async (batch) => {
        const reads = await runInHalves(batch, readBatch);
        await Promise.all(reads.map(async ({ subject, read }) => threads.set(subject.number, await completeThread(client, repo, subject, read))));
    }));
    return threads;
}
// What the batched read leaves out: a long thread's middle comments, and the files of a PR of over 100.
async function completeThread(client, repo, subject, read) {
    let thread = read.thread;
    if (!thread)
        return read;
    if (thread.unreadComments)
        thread = await readUnreadComments(client, repo, subject.number, thread, allMarkers);
    if (subject.kind === 'pr' && thread.files === null) {
        const files = await settle(getPrFiles(client, repo, subject.number, subject.size?.changedFiles ?? null));
        thread = { ...thread, files: files.value };
    }
    return { thread, failure: null };
}
function chunk(list, size) {
    return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
}
// The node ids of the action's labels, after some were created (for the label mutations).
async function readLabelIds(client, repo, labels) {
    const result = await runQuery(client, 'LabelIds', [threadPart('t', repo, [], labels)]);
    const node = result.data.tRepo;
    return result.failure || !node ? null : readRepoLabels(node);
}

;// CONCATENATED MODULE: ./src/modes/backfill/apply-plans.ts




// Comments one backfill posts at most. GitHub's secondary limits allow about 80 content-creating requests a
// minute and 500 an hour; paced 1 s apart, 100 take under two minutes and leave the hour's room for everyone
// else's notifications. The rest wait for the next run, which plans them again (nothing is posted twice).
const commentsPerRun = 100;
// Which comments go out this run: the first `cap` new comments in the items' order (newest first); the others
// are held back. Updates of a report in place notify nobody and are never held back.
function capComments(plans, cap) {
    let left = cap;
    const send = [];
    const held = [];
    for (const plan of plans) {
        const mine = { send: [], held: [] };
        for (const write of plan.writes) {
            const isNew = write.kind === 'create-comment';
            if (isNew && left === 0)
                mine.held.push(write);
            else {
                if (isNew)
                    left -= 1;
                mine.send.push(write);
            }
        }
        send.push(mine.send);
        held.push(mine.held);
    }
    return { send, held };
}
// Every item that wants a label the repo lacks plans its creation: it is created once for the run, before any
// item's labels are added (GitHub would create it grey otherwise). Then the label writes of all items go as
// batched GraphQL mutations, and the comments item by item (paced by the client).
// The run-wide writes (label creations) come back as `writes`; each item's own go into its row.
async function applyPlans(client, repo, plans, settings, cap = commentsPerRun) {
    const dryRun = settings['dry-run'];
    const writes = [];
    const warnings = [];
    const creates = new Map();
    for (const w of plans.flatMap((p) => p.writes))
        if (w.kind === 'create-label')
            creates.set(w.name.toLowerCase(), w);
    const first = plans[0];
    if (!first)
        return { writes, warnings };
    let labelIds = first.thread.repoLabels;
    if (creates.size > 0) {
        const applied = await applyWrites(client, first.subject, [...creates.values()], dryRun);
        writes.push(...applied.outcomes);
        warnings.push(...applied.warnings);
        // The new labels' ids, for the mutations (a create answered 422 means it existed: its id is read too).
        if (!dryRun)
            labelIds = (await readLabelIds(client, repo, labelNames(settings))) ?? labelIds;
    }
    const isLabelWrite = (w) => w.kind === 'add-labels' || w.kind === 'remove-label';
    const changes = plans
        .filter((p) => p.writes.some(isLabelWrite))
        .map((p) => ({ subject: p.subject, itemId: p.thread.itemId, writes: p.writes.filter(isLabelWrite) }));
    const { send, held } = capComments(plans, dryRun ? Number.POSITIVE_INFINITY : cap);
    const heldCount = held.flat().length;
    if (heldCount > 0) {
        warnings.push(`${heldCount === 1 ? '1 more comment waits' : `${heldCount} more comments wait`} for the next run: a backfill posts at most ${cap} (GitHub allows about 80 a minute and 500 an hour). Run it again to post them.`);
    }
    const [labels] = await Promise.all([
        applyLabelBatches(client, changes, labelIds, dryRun),
        ...plans.map(async ({ subject, item }, n) => {
            const applied = await applyWrites(client, subject, (send[n] ?? []).filter((w) => w.kind !== 'create-label' && !isLabelWrite(w)), dryRun);
            item.writes.push(...applied.outcomes);
            item.writes.push(...(held[n] ?? []).map((w) => ({ description: describeWrite(w, subject), status: 'planned', detail: 'waits for the next run' })));
            warnings.push(...applied.warnings);
        }),
    ]);
    for (const plan of plans)
        plan.item.writes.unshift(...(labels.outcomes.get(plan.subject) ?? []));
    warnings.push(...labels.warnings);
    return { writes, warnings };
}

;// CONCATENATED MODULE: ./src/modes/backfill/list-open-items.ts


const list_open_items_pageSize = 100;
// The repo's open PRs (or issues), newest first, at most `limit`. Pages follow cursors, so they are read in turn.
// A page that cannot be read ends the list there, with the reason: the items before it are still triaged.
async function listOpenItems(client, repo, kind, limit) {
    const field = kind === 'pr' ? 'pullRequests' : 'issues';
    const extra = kind === 'pr' ? 'changedFiles additions deletions' : '';
    const subjects = [];
    let after = null;
    do {
        const result = await runQuery(client, 'OpenItems', [
            {
                variables: {
                    owner: { type: 'String!', value: repo.owner },
                    name: { type: 'String!', value: repo.name },
                    after: { type: 'String', value: after },
                    first: { type: 'Int!', value: Math.min(list_open_items_pageSize, limit - subjects.length) },
                },
                selection: `  repository(owner: $owner, name: $name) {
    list: ${field}(states: OPEN, first: $first, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { number title createdAt authorAssociation ${extra} author { __typename login ... on User { databaseId } } }
    }
  }`,
            },
        ]);
        const list = result.data.repository?.list;
        const failure = result.failure ?? result.errors[0]?.message ?? (Array.isArray(list?.nodes) ? null : 'GitHub returned nothing');
        if (failure !== null || !list) {
            const what = `the open ${kind === 'pr' ? 'PRs' : 'issues'} of ${repo.owner}/${repo.name}${subjects.length > 0 ? ` past the first ${subjects.length}` : ''}`;
            return { subjects, failure: `Could not list ${what}: ${failure ?? 'GitHub returned nothing'}` };
        }
        subjects.push(...list.nodes.flatMap((node) => (node ? [toSubject(node, kind, repo)] : [])));
        after = list.pageInfo.hasNextPage ? list.pageInfo.endCursor : null;
    } while (after && subjects.length < limit);
    return { subjects, failure: null };
}
function toSubject(node, kind, repo) {
    return {
        repo,
        number: node.number,
        kind,
        // GraphQL gives no author for a deleted account; GitHub shows those as "ghost".
        author: { login: node.author?.login ?? 'ghost', id: node.author?.databaseId ?? null, type: node.author?.__typename ?? 'User' },
        association: toAssociation(node.authorAssociation),
        title: node.title,
        createdAt: node.createdAt,
        mergedAt: null,
        size: kind === 'pr' ? { additions: node.additions ?? 0, deletions: node.deletions ?? 0, changedFiles: node.changedFiles ?? 0 } : null,
    };
}

;// CONCATENATED MODULE: ./src/modes/backfill/run-backfill.ts














// Triage every open PR (and issue): list, skip, profile each distinct author once, read the threads in
// batches, then write per item as a single triage would. Every request goes through the client's bound
// of 8 in flight.
async function runBackfill(client, repo, settings, now, view, progress = () => { }) {
    const limit = settings['max-items'];
    const lists = await Promise.all([
        listOpenItems(client, repo, 'pr', limit),
        ...(settings['backfill-issues'] ? [listOpenItems(client, repo, 'issue', limit)] : []),
    ]);
    const listFailures = lists.flatMap((l) => (l.failure ? [l.failure] : []));
    const subjects = lists
        .flatMap((l) => l.subjects)
        .sort((a, b) => byTime(b.createdAt, a.createdAt))
        .slice(0, limit);
    progress(`${subjects.length} open items`);
    const rows = new Map();
    const toTriage = [];
    for (const subject of subjects) {
        const reason = getSkipReason(subject, settings, false);
        if (reason)
            rows.set(subject.number, row(subject, 'skipped', reason, false, `skipped: ${reason}`));
        else
            toTriage.push(subject);
    }
    const logins = [...new Set(toTriage.map((s) => s.author.login))];
    // Authors whose association hides write access (a private org member): GitHub's permission check, beside
    // the reads, for the skip rules.
    const unconfirmed = [...new Set(toTriage.filter((s) => worthConfirming(s, settings, false)).map((s) => s.author.login))];
    const [authors, threads, access] = await Promise.all([
        profileAuthors(client, repo, logins, readWindow(settings, now), progress),
        readThreads(client, repo, toTriage, labelNames(settings)),
        Promise.all(unconfirmed.map(async (login) => [login, await hasWriteAccess(client, repo, login)])).then((pairs) => new Map(pairs)),
    ]);
    progress(`profiled ${logins.length} authors`);
    let partial = listFailures.length > 0;
    const plans = [];
    // Reads that failed, each reason once with the items it cost (a batch's failure is many items' failure).
    const unread = new Map();
    const readWarnings = new Set();
    // Items whose labels did not all fit under GitHub's limit.
    const writeWarnings = [];
    const unchecked = [...access].filter(([, a]) => a.failure !== null);
    if (unchecked.length > 0) {
        readWarnings.add(`Could not check whether ${unchecked.map(([login]) => login).join(', ')} ${unchecked.length === 1 ? 'has' : 'have'} write access here (${unchecked[0]?.[1].failure ?? ''}): triaged by association.`);
    }
    for (const subject of toTriage) {
        const writer = access.get(subject.author.login)?.value === true ? getSkipReason({ ...subject, association: 'COLLABORATOR' }, settings, false) : null;
        if (writer) {
            rows.set(subject.number, row(subject, 'skipped', writer, false, `skipped: ${writer}`));
            continue;
        }
        const reads = authors.get(subject.author.login);
        const author = reads?.author;
        const thread = threads.get(subject.number)?.thread;
        if (!author || !thread) {
            const failure = threads.get(subject.number)?.failure ?? 'no profile';
            rows.set(subject.number, row(subject, 'yellow', null, false, `could not be read: ${failure}`));
            unread.set(failure, [...(unread.get(failure) ?? []), subject.number]);
            partial = true;
            continue;
        }
        const files = subject.kind === 'pr'
            ? { files: { list: thread.files, failure: thread.files ? null : "the PR's files could not be read", total: subject.size?.changedFiles ?? null } }
            : {};
        const score = scoreAuthor({ author, events: reads.events, ...files, subject, settings, now, serverUrl: view.serverUrl });
        partial ||= score.partial;
        for (const w of score.warnings)
            readWarnings.add(w);
        const firstTime = isFirstTimeContributor(countEarlierHere(author.here, subject), subject.association);
        const item = row(subject, score.verdict, null, firstTime, score.reason);
        const report = renderReportComment({ subject, score, firstTime, name: null, activity: null }, view);
        const writes = planTriageWrites({ subject, settings, thread, verdict: score.verdict, firstTime, report });
        const overLimit = labelLimitWarning({ subject, settings, thread, verdict: score.verdict, firstTime });
        if (overLimit)
            writeWarnings.push(overLimit);
        plans.push({ subject, item, thread, writes });
        rows.set(subject.number, item);
    }
    for (const [failure, numbers] of unread) {
        readWarnings.add(`Nothing was written on ${numbers.map((n) => `#${n}`).join(', ')}: the item could not be read (${failure})`);
    }
    const archived = plans.find((p) => p.thread.archived);
    if (archived)
        readWarnings.add(archivedWarning(archived.subject));
    const applied = await applyPlans(client, repo, plans, settings);
    const items = subjects.map((s) => rows.get(s.number)).filter((r) => r !== undefined);
    const triaged = items.filter((i) => i.verdict !== 'skipped').length;
    return {
        mode: 'backfill',
        items,
        verdict: worstVerdict(items.map((i) => i.verdict)),
        reason: `${triaged} triaged, ${items.length - triaged} skipped`,
        ...outcome(partial, [...new Set([...listFailures, ...readWarnings, ...writeWarnings, ...applied.warnings])], [], applied.writes),
    };
}
function row(subject, verdict, skippedReason, firstTime, reason) {
    return {
        number: subject.number,
        kind: subject.kind,
        title: subject.title,
        author: subject.author.login,
        verdict,
        skippedReason,
        firstTime,
        reason,
        writes: [],
    };
}

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
const loadHttpClient = () => __nccwpck_require__(235);
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
    process.stdout.write(message + external_os_namespaceObject.EOL);
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
;// CONCATENATED MODULE: ./node_modules/@actions/github/lib/context.js


class Context {
    /**
     * Hydrate the context from the environment
     */
    constructor() {
        var _a, _b, _c;
        this.payload = {};
        if (process.env.GITHUB_EVENT_PATH) {
            if ((0,external_fs_namespaceObject.existsSync)(process.env.GITHUB_EVENT_PATH)) {
                this.payload = JSON.parse((0,external_fs_namespaceObject.readFileSync)(process.env.GITHUB_EVENT_PATH, { encoding: 'utf8' }));
            }
            else {
                const path = process.env.GITHUB_EVENT_PATH;
                process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${external_os_namespaceObject.EOL}`);
            }
        }
        this.eventName = process.env.GITHUB_EVENT_NAME;
        this.sha = process.env.GITHUB_SHA;
        this.ref = process.env.GITHUB_REF;
        this.workflow = process.env.GITHUB_WORKFLOW;
        this.action = process.env.GITHUB_ACTION;
        this.actor = process.env.GITHUB_ACTOR;
        this.job = process.env.GITHUB_JOB;
        this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
        this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
        this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
        this.apiUrl = (_a = process.env.GITHUB_API_URL) !== null && _a !== void 0 ? _a : `https://api.github.com`;
        this.serverUrl = (_b = process.env.GITHUB_SERVER_URL) !== null && _b !== void 0 ? _b : `https://github.com`;
        this.graphqlUrl =
            (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
    }
    get issue() {
        const payload = this.payload;
        return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
    }
    get repo() {
        if (process.env.GITHUB_REPOSITORY) {
            const [owner, repo] = process.env.GITHUB_REPOSITORY.split('/');
            return { owner, repo };
        }
        if (this.payload.repository) {
            return {
                owner: this.payload.repository.owner.login,
                repo: this.payload.repository.name
            };
        }
        throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
    }
}
//# sourceMappingURL=context.js.map
// EXTERNAL MODULE: ./src/lazy-modules/undici.ts
var undici = __nccwpck_require__(916);
;// CONCATENATED MODULE: ./node_modules/@actions/github/lib/internal/utils.js
var utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


function getAuthString(token, options) {
    if (!token && !options.auth) {
        throw new Error('Parameter token or opts.auth is required');
    }
    else if (token && options.auth) {
        throw new Error('Parameters token and opts.auth may not both be specified');
    }
    return typeof options.auth === 'string' ? options.auth : `token ${token}`;
}
function getProxyAgent(destinationUrl) {
    const hc = new http_client_HttpClient();
    return hc.getAgent(destinationUrl);
}
function getProxyAgentDispatcher(destinationUrl) {
    const hc = new http_client_HttpClient();
    return hc.getAgentDispatcher(destinationUrl);
}
function getProxyFetch(destinationUrl) {
    const httpDispatcher = getProxyAgentDispatcher(destinationUrl);
    const proxyFetch = (url, opts) => utils_awaiter(this, void 0, void 0, function* () {
        return (0,undici/* fetch */.h)(url, Object.assign(Object.assign({}, opts), { dispatcher: httpDispatcher }));
    });
    return proxyFetch;
}
function getApiBaseUrl() {
    return process.env['GITHUB_API_URL'] || 'https://api.github.com';
}
function getUserAgentWithOrchestrationId(baseUserAgent) {
    var _a;
    const orchId = (_a = process.env['ACTIONS_ORCHESTRATION_ID']) === null || _a === void 0 ? void 0 : _a.trim();
    if (orchId) {
        const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
        const tag = `actions_orchestration_id/${sanitizedId}`;
        if (baseUserAgent === null || baseUserAgent === void 0 ? void 0 : baseUserAgent.includes(tag))
            return baseUserAgent;
        const ua = baseUserAgent ? `${baseUserAgent} ` : '';
        return `${ua}${tag}`;
    }
    return baseUserAgent;
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/register.js
// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/add.js
// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/remove.js
// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/index.js
// @ts-check





// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Singular() {
  const singularHookName = Symbol("Singular");
  const singularHookState = {
    registry: {},
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

/* harmony default export */ const before_after_hook = ({ Singular, Collection });

;// CONCATENATED MODULE: ./node_modules/@octokit/endpoint/dist-bundle/index.js
// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function dist_bundle_parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return dist_bundle_parse(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse: dist_bundle_parse
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults(null, DEFAULTS);


;// CONCATENATED MODULE: ./node_modules/content-type/dist/index.js
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Validate a type string against RFC 9110.
 */
function isTypeValid(type, start = 0, end = type.length) {
    let hasSlash = false;
    for (let index = start; index < end; index++) {
        const code = type.charCodeAt(index);
        if (code === 47 /* / */) {
            if (hasSlash || index === start || index >= end - 1)
                return false;
            hasSlash = true;
        }
        else if (!isTokenCode(code)) {
            return false;
        }
    }
    return hasSlash;
}
/**
 * Validate a token against RFC 9110.
 */
function isTokenValid(token, start = 0, end = token.length) {
    if (start >= end)
        return false;
    for (let index = start; index < end; index++) {
        if (!isTokenCode(token.charCodeAt(index)))
            return false;
    }
    return true;
}
/**
 * Check whether a character code belongs to the token production in RFC 9110.
 */
function isTokenCode(code) {
    return (CHAR_MAP[code] & TOKEN_FLAG) !== 0;
}
/**
 * Serialize a parameter value.
 */
function parameterValue(str) {
    const len = str.length;
    if (len === 0)
        return '""';
    let index = 0;
    while (index < len && isTokenCode(str.charCodeAt(index)))
        index++;
    if (index === len)
        return str;
    let result = '"';
    let start = 0;
    while (index < len) {
        const code = str.charCodeAt(index);
        if (code !== HTAB && (code < SP || code === 127 || code > 255)) {
            throw new TypeError(`Invalid parameter value: ${str}`);
        }
        if (code === 34 /* " */ || code === 92 /* \\ */) {
            result += `${str.slice(start, index)}\\`;
            start = index;
        }
        index++;
    }
    return `${result}${str.slice(start)}"`;
}
/**
 * Format an object into a `Content-Type` header.
 */
function format(obj) {
    const { type, parameters } = obj;
    if (!type || !isTypeValid(type)) {
        throw new TypeError(`Invalid type: ${type}`);
    }
    let result = type;
    if (parameters) {
        for (const param of Object.keys(parameters)) {
            if (!isTokenValid(param)) {
                throw new TypeError(`Invalid parameter name: ${param}`);
            }
            result += `; ${param}=${parameterValue(parameters[param])}`;
        }
    }
    return result;
}
/**
 * Parse a `Content-Type` header.
 */
function dist_parse(header, options) {
    const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
    const len = header.length;
    let valueStart = options?.start ?? 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = options?.parameters === false ? COMMA_FLAG : 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/json-with-bigint/json-with-bigint.js
const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";

  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }

  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];
  let level = 0;

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        if (space) chunks.push("\n" + space.repeat(level));

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {
      level--;

      if (!node.first && space) chunks.push("\n" + space.repeat(level));

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" → "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) return replacer(key, val);

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) return replacer(key, val);

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  const hasUserReviver = typeof userReviver === "function";

  if (!hasUserReviver) return value;

  return userReviver(key, value, context);
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    const hasCustomReviver = typeof reviver === "function";

    if (!hasCustomReviver) return value;

    return reviver(key, value, context);
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const hasUserReviver = typeof userReviver === "function";

      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed, reviver);
    }

    throw error;
  }
};



;// CONCATENATED MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}


;// CONCATENATED MODULE: ./node_modules/@octokit/request/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${dist_bundle_VERSION} ${getUserAgent()}`
  }
};

// pkg/dist-src/fetch-wrapper.js



// pkg/dist-src/is-plain-object.js
function dist_bundle_isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/fetch-wrapper.js

var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = dist_bundle_isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = dist_parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function dist_bundle_withDefaults(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: dist_bundle_withDefaults.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: dist_bundle_withDefaults.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = dist_bundle_withDefaults(endpoint, defaults_default);

/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/graphql/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/version.js
var graphql_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/with-defaults.js


// pkg/dist-src/graphql.js


// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function graphql_dist_bundle_withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: graphql_dist_bundle_withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
var graphql2 = graphql_dist_bundle_withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${graphql_dist_bundle_VERSION} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return graphql_dist_bundle_withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

/* v8 ignore if -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/auth-token/dist-bundle/index.js
// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/version.js
const version_VERSION = "7.0.8";


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/index.js






const dist_src_noop = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = dist_src_noop;
  }
  if (typeof logger.info !== "function") {
    logger.info = dist_src_noop;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${version_VERSION} ${getUserAgent()}`;
class Octokit {
  static VERSION = version_VERSION;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new before_after_hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
const dist_src_version_VERSION = "17.0.0";

//# sourceMappingURL=version.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
const Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

//# sourceMappingURL=endpoints.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js

const endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
const handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

//# sourceMappingURL=endpoints-to-methods.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js


function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = dist_src_version_VERSION;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = dist_src_version_VERSION;

//# sourceMappingURL=index.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_paginate_rest_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/normalize-paginated-list-response.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}

// pkg/dist-src/iterator.js
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}

// pkg/dist-src/paginate.js
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}

// pkg/dist-src/compose-paginate.js
var composePaginateRest = Object.assign(paginate, {
  iterator
});

// pkg/dist-src/generated/paginating-endpoints.js
var paginatingEndpoints = (/* unused pure expression or super */ null && ([
  "GET /advisories",
  "GET /app/hook/deliveries",
  "GET /app/installation-requests",
  "GET /app/installations",
  "GET /assignments/{assignment_id}/accepted_assignments",
  "GET /classrooms",
  "GET /classrooms/{classroom_id}/assignments",
  "GET /enterprises/{enterprise}/code-security/configurations",
  "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories",
  "GET /enterprises/{enterprise}/dependabot/alerts",
  "GET /enterprises/{enterprise}/teams",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations",
  "GET /events",
  "GET /gists",
  "GET /gists/public",
  "GET /gists/starred",
  "GET /gists/{gist_id}/comments",
  "GET /gists/{gist_id}/commits",
  "GET /gists/{gist_id}/forks",
  "GET /installation/repositories",
  "GET /issues",
  "GET /licenses",
  "GET /marketplace_listing/plans",
  "GET /marketplace_listing/plans/{plan_id}/accounts",
  "GET /marketplace_listing/stubbed/plans",
  "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts",
  "GET /networks/{owner}/{repo}/events",
  "GET /notifications",
  "GET /organizations",
  "GET /organizations/{org}/dependabot/repository-access",
  "GET /orgs/{org}/actions/cache/usage-by-repository",
  "GET /orgs/{org}/actions/hosted-runners",
  "GET /orgs/{org}/actions/permissions/repositories",
  "GET /orgs/{org}/actions/permissions/self-hosted-runners/repositories",
  "GET /orgs/{org}/actions/runner-groups",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners",
  "GET /orgs/{org}/actions/runners",
  "GET /orgs/{org}/actions/secrets",
  "GET /orgs/{org}/actions/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/actions/variables",
  "GET /orgs/{org}/actions/variables/{name}/repositories",
  "GET /orgs/{org}/attestations/repositories",
  "GET /orgs/{org}/attestations/{subject_digest}",
  "GET /orgs/{org}/blocks",
  "GET /orgs/{org}/campaigns",
  "GET /orgs/{org}/code-scanning/alerts",
  "GET /orgs/{org}/code-security/configurations",
  "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories",
  "GET /orgs/{org}/codespaces",
  "GET /orgs/{org}/codespaces/secrets",
  "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/copilot/billing/seats",
  "GET /orgs/{org}/copilot/metrics",
  "GET /orgs/{org}/dependabot/alerts",
  "GET /orgs/{org}/dependabot/secrets",
  "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/events",
  "GET /orgs/{org}/failed_invitations",
  "GET /orgs/{org}/hooks",
  "GET /orgs/{org}/hooks/{hook_id}/deliveries",
  "GET /orgs/{org}/insights/api/route-stats/{actor_type}/{actor_id}",
  "GET /orgs/{org}/insights/api/subject-stats",
  "GET /orgs/{org}/insights/api/user-stats/{user_id}",
  "GET /orgs/{org}/installations",
  "GET /orgs/{org}/invitations",
  "GET /orgs/{org}/invitations/{invitation_id}/teams",
  "GET /orgs/{org}/issues",
  "GET /orgs/{org}/members",
  "GET /orgs/{org}/members/{username}/codespaces",
  "GET /orgs/{org}/migrations",
  "GET /orgs/{org}/migrations/{migration_id}/repositories",
  "GET /orgs/{org}/organization-roles/{role_id}/teams",
  "GET /orgs/{org}/organization-roles/{role_id}/users",
  "GET /orgs/{org}/outside_collaborators",
  "GET /orgs/{org}/packages",
  "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
  "GET /orgs/{org}/personal-access-token-requests",
  "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories",
  "GET /orgs/{org}/personal-access-tokens",
  "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories",
  "GET /orgs/{org}/private-registries",
  "GET /orgs/{org}/projects",
  "GET /orgs/{org}/projectsV2",
  "GET /orgs/{org}/projectsV2/{project_number}/fields",
  "GET /orgs/{org}/projectsV2/{project_number}/items",
  "GET /orgs/{org}/properties/values",
  "GET /orgs/{org}/public_members",
  "GET /orgs/{org}/repos",
  "GET /orgs/{org}/rulesets",
  "GET /orgs/{org}/rulesets/rule-suites",
  "GET /orgs/{org}/rulesets/{ruleset_id}/history",
  "GET /orgs/{org}/secret-scanning/alerts",
  "GET /orgs/{org}/security-advisories",
  "GET /orgs/{org}/settings/immutable-releases/repositories",
  "GET /orgs/{org}/settings/network-configurations",
  "GET /orgs/{org}/team/{team_slug}/copilot/metrics",
  "GET /orgs/{org}/teams",
  "GET /orgs/{org}/teams/{team_slug}/discussions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/invitations",
  "GET /orgs/{org}/teams/{team_slug}/members",
  "GET /orgs/{org}/teams/{team_slug}/projects",
  "GET /orgs/{org}/teams/{team_slug}/repos",
  "GET /orgs/{org}/teams/{team_slug}/teams",
  "GET /projects/{project_id}/collaborators",
  "GET /repos/{owner}/{repo}/actions/artifacts",
  "GET /repos/{owner}/{repo}/actions/caches",
  "GET /repos/{owner}/{repo}/actions/organization-secrets",
  "GET /repos/{owner}/{repo}/actions/organization-variables",
  "GET /repos/{owner}/{repo}/actions/runners",
  "GET /repos/{owner}/{repo}/actions/runs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs",
  "GET /repos/{owner}/{repo}/actions/secrets",
  "GET /repos/{owner}/{repo}/actions/variables",
  "GET /repos/{owner}/{repo}/actions/workflows",
  "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
  "GET /repos/{owner}/{repo}/activity",
  "GET /repos/{owner}/{repo}/assignees",
  "GET /repos/{owner}/{repo}/attestations/{subject_digest}",
  "GET /repos/{owner}/{repo}/branches",
  "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
  "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs",
  "GET /repos/{owner}/{repo}/code-scanning/alerts",
  "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
  "GET /repos/{owner}/{repo}/code-scanning/analyses",
  "GET /repos/{owner}/{repo}/codespaces",
  "GET /repos/{owner}/{repo}/codespaces/devcontainers",
  "GET /repos/{owner}/{repo}/codespaces/secrets",
  "GET /repos/{owner}/{repo}/collaborators",
  "GET /repos/{owner}/{repo}/comments",
  "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/commits",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-suites",
  "GET /repos/{owner}/{repo}/commits/{ref}/status",
  "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
  "GET /repos/{owner}/{repo}/compare/{basehead}",
  "GET /repos/{owner}/{repo}/compare/{base}...{head}",
  "GET /repos/{owner}/{repo}/contributors",
  "GET /repos/{owner}/{repo}/dependabot/alerts",
  "GET /repos/{owner}/{repo}/dependabot/secrets",
  "GET /repos/{owner}/{repo}/deployments",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
  "GET /repos/{owner}/{repo}/environments",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/variables",
  "GET /repos/{owner}/{repo}/events",
  "GET /repos/{owner}/{repo}/forks",
  "GET /repos/{owner}/{repo}/hooks",
  "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries",
  "GET /repos/{owner}/{repo}/invitations",
  "GET /repos/{owner}/{repo}/issues",
  "GET /repos/{owner}/{repo}/issues/comments",
  "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/issues/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/reactions",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline",
  "GET /repos/{owner}/{repo}/keys",
  "GET /repos/{owner}/{repo}/labels",
  "GET /repos/{owner}/{repo}/milestones",
  "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels",
  "GET /repos/{owner}/{repo}/notifications",
  "GET /repos/{owner}/{repo}/pages/builds",
  "GET /repos/{owner}/{repo}/projects",
  "GET /repos/{owner}/{repo}/pulls",
  "GET /repos/{owner}/{repo}/pulls/comments",
  "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments",
  "GET /repos/{owner}/{repo}/releases",
  "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
  "GET /repos/{owner}/{repo}/releases/{release_id}/reactions",
  "GET /repos/{owner}/{repo}/rules/branches/{branch}",
  "GET /repos/{owner}/{repo}/rulesets",
  "GET /repos/{owner}/{repo}/rulesets/rule-suites",
  "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations",
  "GET /repos/{owner}/{repo}/security-advisories",
  "GET /repos/{owner}/{repo}/stargazers",
  "GET /repos/{owner}/{repo}/subscribers",
  "GET /repos/{owner}/{repo}/tags",
  "GET /repos/{owner}/{repo}/teams",
  "GET /repos/{owner}/{repo}/topics",
  "GET /repositories",
  "GET /search/code",
  "GET /search/commits",
  "GET /search/issues",
  "GET /search/labels",
  "GET /search/repositories",
  "GET /search/topics",
  "GET /search/users",
  "GET /teams/{team_id}/discussions",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /teams/{team_id}/discussions/{discussion_number}/reactions",
  "GET /teams/{team_id}/invitations",
  "GET /teams/{team_id}/members",
  "GET /teams/{team_id}/projects",
  "GET /teams/{team_id}/repos",
  "GET /teams/{team_id}/teams",
  "GET /user/blocks",
  "GET /user/codespaces",
  "GET /user/codespaces/secrets",
  "GET /user/emails",
  "GET /user/followers",
  "GET /user/following",
  "GET /user/gpg_keys",
  "GET /user/installations",
  "GET /user/installations/{installation_id}/repositories",
  "GET /user/issues",
  "GET /user/keys",
  "GET /user/marketplace_purchases",
  "GET /user/marketplace_purchases/stubbed",
  "GET /user/memberships/orgs",
  "GET /user/migrations",
  "GET /user/migrations/{migration_id}/repositories",
  "GET /user/orgs",
  "GET /user/packages",
  "GET /user/packages/{package_type}/{package_name}/versions",
  "GET /user/public_emails",
  "GET /user/repos",
  "GET /user/repository_invitations",
  "GET /user/social_accounts",
  "GET /user/ssh_signing_keys",
  "GET /user/starred",
  "GET /user/subscriptions",
  "GET /user/teams",
  "GET /users",
  "GET /users/{username}/attestations/{subject_digest}",
  "GET /users/{username}/events",
  "GET /users/{username}/events/orgs/{org}",
  "GET /users/{username}/events/public",
  "GET /users/{username}/followers",
  "GET /users/{username}/following",
  "GET /users/{username}/gists",
  "GET /users/{username}/gpg_keys",
  "GET /users/{username}/keys",
  "GET /users/{username}/orgs",
  "GET /users/{username}/packages",
  "GET /users/{username}/projects",
  "GET /users/{username}/projectsV2",
  "GET /users/{username}/projectsV2/{project_number}/fields",
  "GET /users/{username}/projectsV2/{project_number}/items",
  "GET /users/{username}/received_events",
  "GET /users/{username}/received_events/public",
  "GET /users/{username}/repos",
  "GET /users/{username}/social_accounts",
  "GET /users/{username}/ssh_signing_keys",
  "GET /users/{username}/starred",
  "GET /users/{username}/subscriptions"
]));

// pkg/dist-src/paginating-endpoints.js
function isPaginatingEndpoint(arg) {
  if (typeof arg === "string") {
    return paginatingEndpoints.includes(arg);
  } else {
    return false;
  }
}

// pkg/dist-src/index.js
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = plugin_paginate_rest_dist_bundle_VERSION;


;// CONCATENATED MODULE: ./node_modules/@actions/github/lib/utils.js


// octokit + plugins



const context = new Context();
const baseUrl = getApiBaseUrl();
const defaults = {
    baseUrl,
    request: {
        agent: getProxyAgent(baseUrl),
        fetch: getProxyFetch(baseUrl)
    }
};
const GitHub = Octokit.plugin(restEndpointMethods, paginateRest).defaults(defaults);

/**
 * Convience function to correctly format Octokit Options to pass into the constructor.
 *
 * @param     token    the repo PAT or GITHUB_TOKEN
 * @param     options  other options to set
 */
function getOctokitOptions(token, options) {
    const opts = Object.assign({}, options || {}); // Shallow clone - don't mutate the object provided by the caller
    // Auth
    const auth = getAuthString(token, opts);
    if (auth) {
        opts.auth = auth;
    }
    // Orchestration ID
    const userAgent = getUserAgentWithOrchestrationId(opts.userAgent);
    if (userAgent) {
        opts.userAgent = userAgent;
    }
    return opts;
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/github/lib/github.js


const github_context = new Context();
/**
 * Returns a hydrated octokit ready to use for GitHub Actions
 *
 * @param     token    the repo PAT or GITHUB_TOKEN
 * @param     options  other options to set
 */
function getOctokit(token, options, ...additionalPlugins) {
    const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
    return new GitHubWithPlugins(getOctokitOptions(token, options));
}
//# sourceMappingURL=github.js.map
;// CONCATENATED MODULE: ./src/fetch/unlimited-limiter.ts
function unlimitedLimiter() {
    const onFailed = [];
    return {
        // schedule(job, ...args) or, as Bottleneck also takes it, schedule(jobOptions, job, ...args): with no limit,
        // the options (priority, weight) change nothing.
        async schedule(...given) {
            const [job, ...args] = (typeof given[0] === 'function' ? given : given.slice(1));
            for (let retryCount = 0;; retryCount++) {
                try {
                    return await job(...args);
                }
                catch (error) {
                    // Every listener hears of it; the first to name a wait decides, and one that throws names none (as in
                    // Bottleneck's Events.trigger): the retry plugin's reads `error.request`, which an abort has not.
                    const answers = await Promise.all(onFailed.map(async (listener) => {
                        try {
                            return await listener(error, { args, retryCount });
                        }
                        catch {
                            return undefined;
                        }
                    }));
                    const waitMs = answers.find((answer) => answer !== undefined && answer !== null);
                    if (typeof waitMs !== 'number')
                        throw error;
                    await new Promise((resolve) => setTimeout(resolve, waitMs));
                }
            }
        },
        on(event, listener) {
            if (event === 'failed')
                onFailed.push(listener);
        },
    };
}

;// CONCATENATED MODULE: ./src/lazy-modules/bottleneck.ts

// The file, not the package name: the name is this stand-in.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Real = __nccwpck_require__(251);
function Bottleneck(options) {
    return options === undefined ? unlimitedLimiter() : new Real(options);
}
// Bottleneck.Group, Bottleneck.Events and the rest, as the real one has them.
Object.setPrototypeOf(Bottleneck, Real);
/* harmony default export */ const bottleneck = (Bottleneck);

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_retry_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/error-request.js
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}

// pkg/dist-src/wrap-request.js


async function wrapRequest(state, octokit, request, options) {
  const limiter = new bottleneck();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request, options) {
  const response = await request(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}

// pkg/dist-src/index.js
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = plugin_retry_dist_bundle_VERSION;


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var plugin_throttling_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var dist_bundle_noop = () => Promise.resolve();
function dist_bundle_wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = bottleneck,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return dist_bundle_wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = plugin_throttling_dist_bundle_VERSION;
throttling.triggersNotification = triggersNotification;


;// CONCATENATED MODULE: ./src/fetch/request-stats.ts
function newRequestStats() {
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

;// CONCATENATED MODULE: ./src/fetch/client.ts


// The proxy-aware fetch the toolkit builds for GITHUB_API_URL: `@actions/github/lib/utils` is the package's
// exported entry for extending its Octokit (its README's plugin example), not an internal path.






// Most requests in flight at once, for the whole run: the fan-out bound (create-pull-request uses 8 too).
const maxConcurrent = 8;
const defaultTiming = { requestTimeoutMs: 15_000, notificationSpacingMs: 1_000, retryBaseMs: 1_000 };
// Tries per request: the first and two retries.
const maxTries = 3;
// Answers that a retry cannot change, and 403/429, which only the throttling plugin retries (for rate limits,
// honouring retry-after); were the retry plugin to retry them too, one request could take nine tries.
const neverRetry = [400, 401, 403, 404, 410, 422, 429, 451];
function createClient(options) {
    const log = options.log ?? ((line) => info(line));
    const stats = options.stats ?? newRequestStats();
    const timing = { ...defaultTiming, ...options.timing };
    // The throttling plugin's default groups space writes and GraphQL queries 1 s apart and comments 3 s apart;
    // a triage issues a handful at once, so they share the one concurrency bound (`global`, which every request
    // passes) instead, and secondary limits are handled when GitHub signals them (retry-after). The write and
    // search groups only space their requests, so they are left out (`passThrough`): a Bottleneck that limits
    // nothing still costs each request a few timer turns, and queued a write wave's dispatch one by one.
    // Comments stay paced in a backfill. `global` and `retryLimiter` are honoured by the plugin but not in its
    // type.
    const throttle = {
        global: boundedGroup(maxConcurrent),
        retryLimiter: unlimitedLimiter(),
        write: passThrough,
        search: passThrough,
        notifications: options.paceNotifications ? new bottleneck.Group({ maxConcurrent: 1, minTime: timing.notificationSpacingMs }) : passThrough,
        onRateLimit: (retryAfter, request) => {
            // The primary quota resets within the hour; waiting it out would hold the job, so the read fails and
            // its signals become unknown.
            stats.warnings.push(`GitHub's rate limit is exhausted (resets in ${retryAfter} s): ${request.method} ${request.url} was not retried`);
            return false;
        },
        onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
            const again = retryCount < maxTries - 1 && retryAfter <= 60;
            log(`Secondary rate limit on ${request.method} ${request.url}: ${again ? `retrying in ${retryAfter} s` : 'giving up'}`);
            return again;
        },
    };
    const innerFetch = defaults.request?.fetch ?? fetch;
    const octokit = getOctokit(options.token, {
        baseUrl: options.baseUrl,
        request: { fetch: countingFetch(innerFetch, stats, options.deadline, timing.requestTimeoutMs, options.tokenInput ?? 'github-token') },
        retry: { doNotRetry: neverRetry, retries: maxTries - 1, retryAfterBaseValue: timing.retryBaseMs },
        throttle,
    }, retry, throttling);
    // The retry plugin counts a request's tries in `options.request`, which is the defaults' one object for every
    // request of the client: two requests failing at once added up each other's tries, so the second backed off
    // 4 s and 9 s instead of 1 s and 4 s. Each request gets its own copy, before the plugins see it.
    octokit.hook.before('request', (endpoint) => {
        endpoint.request = { ...endpoint.request };
    });
    return { octokit, stats, stopWrites: new AbortController() };
}
// Groups as the plugin uses them: it awaits `group.key(id).schedule(options, job, ...args)` for every request.
// One that holds nothing back:
const passThrough = {
    key: () => ({ schedule: async (_options, job) => job() }),
};
// One that lets `limit` jobs run at once and starts the next as one ends, in order, with no timer in between
// (Bottleneck's own takes a few timer turns a job, and a wave's requests left one by one).
function boundedGroup(limit) {
    let running = 0;
    const waiting = [];
    const schedule = async (_options, job, ...args) => {
        if (running >= limit)
            await new Promise((resolve) => waiting.push(resolve));
        else
            running += 1;
        try {
            return await job(...args);
        }
        finally {
            const next = waiting.shift();
            if (next)
                next();
            else
                running -= 1;
        }
    };
    return { key: () => ({ schedule }) };
}
function countingFetch(inner, stats, deadline, requestTimeoutMs, tokenInput) {
    return async (input, init) => {
        // Not `instanceof Request`: reading that global loads Node's own undici (Octokit passes a string).
        const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
        const method = (init?.method ?? 'GET').toUpperCase();
        const route = `${method} ${url.pathname}`;
        // A write called off while it waited its turn (Client.stopWrites) is not sent, nor counted.
        init?.signal?.throwIfAborted();
        stats.requests += 1;
        if (url.pathname.endsWith('/graphql'))
            stats.graphql += 1;
        else if (method === 'GET' || method === 'HEAD')
            stats.restReads += 1;
        else
            stats.restWrites += 1;
        stats.inFlight += 1;
        stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
        const timeout = AbortSignal.timeout(requestTimeoutMs);
        const signals = [timeout, deadline, ...(init?.signal ? [init.signal] : [])];
        try {
            const response = await inner(input, { ...init, signal: AbortSignal.any(signals) });
            recordRateLimit(stats, response.headers);
            if (response.status === 401)
                stats.refusedToken ??= tokenInput;
            return response;
        }
        catch (error) {
            if (timeout.aborted || deadline.aborted) {
                stats.timedOut.push(route);
                // Octokit passes an AbortError through without wrapping it, so the retry plugin does not retry it:
                // a request that hung once is not given another 15 s.
                const abort = new Error(`${route} got no answer within ${timeout.aborted ? requestTimeoutMs / 1000 + ' s' : "the run's time budget"}`);
                abort.name = 'AbortError';
                // Our wait for GitHub's own timeout answer ran out, not the run's budget: a smaller query may pass.
                throw Object.assign(abort, { requestTimeout: timeout.aborted });
            }
            throw error;
        }
        finally {
            stats.inFlight -= 1;
        }
    };
}
function recordRateLimit(stats, headers) {
    const remaining = headers.get('x-ratelimit-remaining');
    const reset = headers.get('x-ratelimit-reset');
    if (remaining === null || reset === null)
        return;
    const resource = headers.get('x-ratelimit-resource') ?? 'core';
    stats.rateLimits[resource] = {
        resource,
        remaining: Number(remaining),
        limit: Number(headers.get('x-ratelimit-limit') ?? 0),
        resetAt: new Date(Number(reset) * 1000).toISOString(),
    };
}

;// CONCATENATED MODULE: ./src/modes/backtest/item-outcome.ts
// What became of a PR or issue, in the contract's words.
const item_outcome_itemOutcomes = (/* unused pure expression or super */ null && (['merged', 'closed unmerged', 'completed', 'not planned', 'open', 'spam']));
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

;// CONCATENATED MODULE: ./src/modes/backtest/list-past-items.ts



const list_past_items_pageSize = 100;
// Pages read per kind at most: the newest 1,000 PRs and 1,000 issues since the day.
const list_past_items_maxPages = 10;
// The repo's PRs (or issues) opened since `since`, newest first. The connection has no date filter, so pages
// are read (in turn: they follow cursors) until one reaches past the day. `cut` is true when items since the
// day were left unread.
async function listPastItems(client, repo, kind, since) {
    const field = kind === 'pr' ? 'pullRequests' : 'issues';
    const extra = kind === 'pr' ? 'mergedAt changedFiles additions deletions' : 'stateReason';
    const items = [];
    let after = null;
    for (let page = 0; page < list_past_items_maxPages; page++) {
        const result = await runQuery(client, 'PastItems', [
            {
                variables: {
                    owner: { type: 'String!', value: repo.owner },
                    name: { type: 'String!', value: repo.name },
                    after: { type: 'String', value: after },
                },
                selection: `  repository(owner: $owner, name: $name) {
    list: ${field}(first: ${list_past_items_pageSize}, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes {
        number title createdAt state authorAssociation ${extra}
        author { __typename login ... on User { databaseId } }
        labels(first: 100) { nodes { name } }
      }
    }
  }`,
            },
        ]);
        if (result.failure || result.errors.length > 0)
            throw new Error(`Could not list the ${kind === 'pr' ? 'PRs' : 'issues'} of ${repo.owner}/${repo.name}: ${result.failure ?? result.errors[0]?.message}`);
        const list = result.data.repository.list;
        const inRange = list.nodes.filter((n) => new Date(n.createdAt) >= since);
        items.push(...inRange.map((node) => toPastItem(node, kind, repo)));
        if (inRange.length < list.nodes.length || !list.pageInfo.hasNextPage)
            return { items, cut: false };
        after = list.pageInfo.endCursor;
    }
    return { items, cut: true };
}
function toPastItem(node, kind, repo) {
    const subject = {
        repo,
        number: node.number,
        kind,
        // GraphQL gives no author for a deleted account; GitHub shows those as "ghost".
        author: { login: node.author?.login ?? 'ghost', id: node.author?.databaseId ?? null, type: node.author?.__typename ?? 'User' },
        association: toAssociation(node.authorAssociation),
        title: node.title,
        createdAt: node.createdAt,
        mergedAt: node.mergedAt ?? null,
        size: kind === 'pr' ? { additions: node.additions ?? 0, deletions: node.deletions ?? 0, changedFiles: node.changedFiles ?? 0 } : null,
    };
    const labels = (node.labels?.nodes ?? []).map((l) => l.name);
    return { subject, outcome: outcomeOf({ kind, state: node.state, stateReason: node.stateReason ?? null, labels }) };
}

;// CONCATENATED MODULE: ./src/modes/backtest/quota-guard.ts
// Keeps a long replay from spending the token's whole hourly quota (other workflows share it): work starts
// only while what GitHub says is left, less what is already under way, stays above a reserve.
class QuotaGuard {
    stats;
    pending = 0;
    constructor(stats) {
        this.stats = stats;
    }
    // 5 % of the limit, and never under 50 requests.
    static reserveOf(limit) {
        return Math.max(50, Math.ceil(limit * 0.05));
    }
    // Why no more work may start (`cost` requests), or null when it may.
    refusal(cost) {
        const limits = Object.values(this.stats.rateLimits);
        const tightest = limits.sort((a, b) => a.remaining - b.remaining)[0];
        if (!tightest)
            return null;
        const reserve = QuotaGuard.reserveOf(tightest.limit);
        if (tightest.remaining - this.pending - cost >= reserve)
            return null;
        return `GitHub's ${tightest.resource} rate limit is down to ${tightest.remaining} of ${tightest.limit} (resets ${tightest.resetAt.slice(11, 16)} UTC), and ${reserve} are kept for other work`;
    }
    async run(cost, work) {
        this.pending += cost;
        try {
            return await work();
        }
        finally {
            this.pending -= cost;
        }
    }
}
// Runs `tasks` with at most `width` under way, each started only while `refusal()` is null; returns the
// results of those that ran (in task order) and the refusal that stopped the rest.
async function runBounded(tasks, width, refusal) {
    const results = tasks.map(() => undefined);
    let next = 0;
    let stopped = null;
    const worker = async () => {
        while (next < tasks.length && stopped === null) {
            stopped = refusal();
            if (stopped !== null)
                return;
            const index = next++;
            const task = tasks[index];
            if (task)
                results[index] = await task();
        }
    };
    await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
    return { results, stopped };
}

;// CONCATENATED MODULE: ./src/modes/backtest/read-as-of.ts




// Every history window ends one second before the item was opened: GitHub's date ranges include both ends,
// and the item itself is not part of its author's record.
function windowOf(subject, windowDays) {
    const until = new Date(new Date(subject.createdAt).getTime() - 1000);
    return { since: new Date(until.getTime() - windowDays * 86_400_000), until, ended: true };
}
// A batch of items (of one repo): their authors' profiles in one query, each with its own window, and the
// PRs' files in another, sent together.
async function readAsOf(client, subjects, windowDays) {
    const requests = subjects.map((s) => ({ login: s.author.login, window: windowOf(s, windowDays) }));
    const prs = subjects.filter((s) => s.kind === 'pr');
    const [profiles, files] = await Promise.all([
        // Each request carries its own window; the query's is only a fallback none of them uses.
        getProfiles(client, 'Profiles', requests, requests[0]?.window ?? windowOf(subjects[0], windowDays)),
        readFiles(client, prs),
    ]);
    const read = new Map();
    subjects.forEach((subject, i) => {
        const author = profiles[i];
        if (!author)
            return;
        const unread = { list: null, failure: 'not read', total: subject.size?.changedFiles ?? null };
        read.set(subject, { author, ...(subject.kind === 'pr' ? { files: files.get(subject) ?? unread } : {}) });
    });
    return read;
}
// The changed files of PRs of one repo: the first 100 of each in one query; a larger PR, or one with a rename
// (GraphQL does not give the old path), by REST.
async function readFiles(client, prs) {
    const files = new Map();
    const repo = prs[0]?.repo;
    if (!repo)
        return files;
    const part = {
        variables: { owner: { type: 'String!', value: repo.owner }, name: { type: 'String!', value: repo.name } },
        selection: `  repository(owner: $owner, name: $name) {
${prs.map((s) => `    pr${s.number}: pullRequest(number: ${s.number}) { files(first: 100) { totalCount nodes { path changeType } } }`).join('\n')}
  }`,
    };
    const result = await runQuery(client, 'PastFiles', [part]);
    const repository = result.data.repository;
    await Promise.all(prs.map(async (subject) => {
        const node = repository?.[`pr${subject.number}`]?.files;
        if (node && node.totalCount <= node.nodes.length && !node.nodes.some((f) => f.changeType === 'RENAMED')) {
            files.set(subject, { list: node.nodes.map((f) => ({ path: f.path, previous: null })), failure: null, total: node.totalCount });
            return;
        }
        if (node) {
            const rest = await settle(getPrFiles(client, subject.repo, subject.number, node.totalCount));
            files.set(subject, { list: rest.value, failure: rest.failure, total: node.totalCount });
            return;
        }
        const failure = failureOf(result, 'repository') ?? `#${subject.number}'s files were not in GitHub's answer`;
        files.set(subject, { list: null, failure, total: subject.size?.changedFiles ?? null });
    }));
    return files;
}

;// CONCATENATED MODULE: ./src/modes/backtest/read-first-times.ts


// A search result's first 100 PRs hold the first merge of all but the busiest authors; an issue only needs
// the author's first item.
const prsRead = 100;
function herePart(prefix, repo, login) {
    return {
        variables: {
            [`${prefix}Prs`]: { type: 'String!', value: searchQueries.here(repo, login, 'pr') },
            [`${prefix}Issues`]: { type: 'String!', value: searchQueries.here(repo, login, 'issue') },
        },
        selection: `  ${prefix}Prs: search(type: ISSUE, query: $${prefix}Prs, first: ${prsRead}) { nodes { __typename ... on PullRequest { createdAt mergedAt } } }
  ${prefix}Issues: search(type: ISSUE, query: $${prefix}Issues, first: 1) { nodes { __typename ... on Issue { createdAt } } }`,
    };
}
function readHere(result, prefix) {
    const read = (alias) => {
        const value = result.data[`${prefix}${alias}`];
        if (failureOf(result, `${prefix}${alias}`) !== null || !value)
            return null;
        return value.nodes.filter((n) => n !== null && typeof n.createdAt === 'string');
    };
    const prs = read('Prs');
    const issues = read('Issues');
    if (!prs || !issues)
        return null;
    return [
        ...prs.map((n) => ({ kind: 'pr', createdAt: n.createdAt ?? '', mergedAt: n.mergedAt ?? null })),
        ...issues.map((n) => ({ kind: 'issue', createdAt: n.createdAt ?? '', mergedAt: null })),
    ];
}
// One query for a batch of authors. GitHub nulls the whole answer when it refuses one author's search: the
// batch is then asked author by author, so only that author stays undecided.
async function readFirstTimes(client, repo, logins) {
    const ask = (batch) => runQuery(client, 'FirstTimes', batch.map((login, i) => herePart(`f${i}`, repo, login)));
    const result = await ask(logins);
    const here = new Map();
    const refused = logins.length > 1 && result.errors.some((e) => e.type === 'INVALID') && Object.keys(result.data).length === 0;
    if (!refused) {
        logins.forEach((login, i) => here.set(login, readHere(result, `f${i}`)));
        return here;
    }
    await Promise.all(logins.map(async (login) => here.set(login, readHere(await ask([login]), 'f0'))));
    return here;
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
const labelInputs = (/* unused pure expression or super */ null && (['label-green', 'label-yellow', 'label-red', 'first-time-label']));
// Inputs whose empty value means "none" (no label, no message, nobody); any other input left empty, as
// `${{ vars.X }}` with X unset gives, takes its default.
const emptyMeansNone = (/* unused pure expression or super */ null && ([
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
]));
// Reads every input through `read` (the runner's INPUT_* variables in the action, --input flags in the CLI).
// `undefined` is an input nobody set (the runner sets every input of action.yml, defaults included, so only
// tests and the CLI leave one unset); it takes the default.
function getSettings(read) {
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
function inputNotices(read) {
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
            throw new InputError(name, label, 'allowed is a label name of at most 50 characters, or empty for none');
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
            throw new InputError(name, `${settings[name].slice(0, 40)}…`, `it is ${length} characters long; allowed is a message of at most ${most} characters (GitHub takes ${maxCommentLength} in a comment, the action's hidden marker the rest), or empty for none`);
        }
    }
    if (settings['invite-to-org'] && settings['org-token'] === '') {
        throw new InputError('invite-to-org', 'true', "'org-token' must be set (a token with admin:org) when invitations are on");
    }
    return settings;
}
// Every run reads with the token, so an empty one (a secret that is not set) is a bad input, reported before
// any request. Apart from getSettings because only the action takes the token from an input.
function requireToken(settings) {
    if (settings['github-token'] === '') {
        throw new InputError('github-token', null, 'it is empty; give the workflow token (the default, ${{ github.token }}) or a secret that is set');
    }
}

;// CONCATENATED MODULE: ./src/modes/backtest/threshold-edges.ts

// The threshold inputs (those parsed as a band), with the signal each one sets.
const thresholdInputs = Object.keys(inputSpecs).flatMap((input) => {
    const parse = inputSpecs[input].parse;
    return 'rule' in parse ? [{ input, signal: (input === 'account-age-days' ? 'account-age' : input), rule: parse.rule }] : [];
});
// For each threshold input whose signal takes part, and each edge, the nearest value on either side at which a
// verdict changes. A band only ever makes more items worse as it tightens, so the first change along one side
// is found by bisection over the input's own steps (whole numbers, or hundredths for a ratio), keeping the
// band in order.
function findThresholdEdges(settings, rescore, leftOut) {
    const baseline = rescore(settings);
    const edges = [];
    for (const { input, signal, rule } of thresholdInputs) {
        if (leftOut.includes(signal) || settings['ignore-signals'].includes(signal))
            continue;
        const current = bandOf(settings, input);
        for (const edge of ['yellow', 'red']) {
            for (const direction of [-1, 1]) {
                const found = nearestChange(current, edge, direction, rule, (band) => rescore(withBand(settings, input, band)), baseline);
                if (found)
                    edges.push({ input, edge, current, ...found });
            }
        }
    }
    return edges;
}
function nearestChange(current, edge, direction, rule, verdictsWith, baseline) {
    const step = rule.whole ? 1 : 0.01;
    // The edge stays within the input's range and on its side of the other edge.
    const other = edge === 'yellow' ? current.red : current.yellow;
    const below = (edge === 'yellow') === rule.descending ? other : rule.min;
    const above = (edge === 'yellow') === rule.descending ? rule.max : other;
    const from = current[edge];
    const steps = Math.floor(((direction > 0 ? above - from : from - below) + 1e-9) / step);
    if (steps < 1)
        return null;
    const bandAt = (k) => ({ ...current, [edge]: Math.round((from + direction * k * step) * 100) / 100 });
    const tried = new Map();
    const movesAt = (k) => {
        let moves = tried.get(k);
        if (!moves) {
            moves = verdictsWith(bandAt(k)).flatMap((to, index) => {
                const was = baseline[index];
                return was !== undefined && was !== to ? [{ index, from: was, to }] : [];
            });
            tried.set(k, moves);
        }
        return moves;
    };
    if (movesAt(steps).length === 0)
        return null;
    let low = 1;
    let high = steps;
    while (low < high) {
        const mid = Math.floor((low + high) / 2);
        if (movesAt(mid).length > 0)
            high = mid;
        else
            low = mid + 1;
    }
    return { band: bandAt(low), moves: movesAt(low) };
}
// The verdicts that would differ with another profile: profile-fields forced green, yellow and red in turn
// (the profile can only be read as it is now). Bands outside the input's range do this on any count.
function dependsOnProfile(settings, rescore) {
    const baseline = rescore(settings);
    const forced = [
        { yellow: 0, red: 0 },
        { yellow: 8, red: 0 },
        { yellow: 8, red: 8 },
    ];
    const depends = baseline.map(() => false);
    for (const band of forced) {
        rescore(withBand(settings, 'profile-fields', band)).forEach((v, i) => {
            if (v !== baseline[i])
                depends[i] = true;
        });
    }
    return depends;
}
function bandOf(settings, input) {
    return settings[input];
}
function withBand(settings, input, band) {
    return { ...settings, [input]: band };
}

;// CONCATENATED MODULE: ./src/modes/backtest/run-backtest.ts













// Signals a backtest cannot judge as of the past, left out of every verdict as ignored signals are:
// repeated-comments counts public events, and GitHub keeps 30 days of them.
const notJudgedInBacktest = ['repeated-comments'];
const leftOutSignals = signalIds.filter((id) => notJudgedInBacktest.includes(id));
// Authors per first-time query (two searches each), and items per as-of read (a profile query of that many
// authors, and one query for their PRs' files).
const authorsPerQuery = 20;
const itemsPerRead = 10;
// Replays the verdict on the first-time contributors' PRs and issues opened since `backtest-since`, each as of
// its opening, and says what became of them. Reads only: list → first-time filter → each item's author as of
// then (batched) → score → band edges, re-scored from the data in hand.
async function runBacktest(client, repo, settings, serverUrl, progress = (line) => info(line)) {
    const since = settings['backtest-since'];
    if (!since)
        throw new Error('a backtest needs backtest-since');
    const day = since.toISOString().slice(0, 10);
    const warnings = [];
    const guard = new QuotaGuard(client.stats);
    const [prs, issues] = await Promise.all([listPastItems(client, repo, 'pr', since), listPastItems(client, repo, 'issue', since)]);
    for (const [list, kind] of [
        [prs, 'PRs'],
        [issues, 'issues'],
    ]) {
        if (list.cut)
            warnings.push(`Only the newest ${list_past_items_maxPages * 100} ${kind} since ${day} were read; older ones are not replayed.`);
    }
    const all = [...prs.items, ...issues.items].sort((a, b) => byTime(b.subject.createdAt, a.subject.createdAt));
    // As after a merge, the association reads as it is now (a newcomer since merged reads CONTRIBUTOR): only
    // owners, members and collaborators, bots, deleted and trusted users are left out before the first-time rule.
    const candidates = all.filter((p) => getSkipReason(p.subject, settings, true) === null);
    progress(`${all.length} PRs and issues opened since ${day}, ${candidates.length} not skipped`);
    const picked = await pickFirstTime(client, repo, candidates, settings['max-items'], guard, progress);
    const replay = await replayItems(client, picked.items, settings, guard, progress);
    const stopped = picked.stopped ?? replay.stopped;
    if (stopped)
        warnings.push(`The backtest stopped early: ${stopped}. ${replay.items.length} items were replayed.`);
    const scoring = backtestSettings(settings);
    const rescore = (s) => replay.items.map(({ past, asOf }) => scoreAt(past, asOf, s, serverUrl).verdict);
    const depends = dependsOnProfile(scoring, rescore);
    const items = replay.items.map(({ past, asOf }, i) => {
        const score = scoreAt(past, asOf, scoring, serverUrl);
        return {
            subject: past.subject,
            outcome: past.outcome,
            score: { ...score, signals: score.signals.filter((s) => !leftOutSignals.includes(s.id)) },
            dependsOnProfile: depends[i] ?? false,
        };
    });
    const edges = findThresholdEdges(scoring, rescore, leftOutSignals);
    const failures = [...new Set(items.flatMap((i) => i.score.warnings))];
    warnings.push(...failures.slice(0, 20));
    if (failures.length > 20)
        warnings.push(`… and ${failures.length - 20} more reads that failed.`);
    progress(`replayed ${items.length} items`);
    return {
        mode: 'backtest',
        repo,
        since: day,
        items,
        edges,
        leftOut: leftOutSignals,
        scanned: {
            items: all.length,
            skipped: all.length - candidates.length,
            notFirstTime: picked.notFirstTime,
            authors: picked.authors,
        },
        stopped,
        ...outcome(items.some((i) => i.score.partial), warnings),
    };
}
// The settings every verdict of the replay is computed with: the run's, with the signals a backtest cannot
// judge left out.
function backtestSettings(settings) {
    return { ...settings, 'ignore-signals': [...new Set([...settings['ignore-signals'], ...leftOutSignals])] };
}
function scoreAt(past, asOf, settings, serverUrl) {
    // As of the item's opening: account age then, and the history windows read ending then. No public events:
    // GitHub keeps none that old, so repeated-comments is not computed at all.
    const { subject } = past;
    return scoreAuthor({
        author: asOf.author,
        ...(asOf.files ? { files: asOf.files } : {}),
        subject,
        settings,
        now: new Date(subject.createdAt),
        serverUrl,
    });
}
// The newest candidates whose authors were first-time contributors when they opened them, at most `limit`.
// Authors are read in rounds (a round: as many authors as items are still wanted, at least one query's worth,
// at most eight queries), newest items first, each author once.
async function pickFirstTime(client, repo, candidates, limit, guard, progress) {
    const here = new Map();
    const items = [];
    let notFirstTime = 0;
    let next = 0;
    while (items.length < limit && next < candidates.length) {
        const wanted = Math.min(maxConcurrent * authorsPerQuery, Math.max(authorsPerQuery, limit - items.length));
        const logins = [];
        let end = next;
        for (; end < candidates.length; end++) {
            const login = candidates[end].subject.author.login;
            if (!here.has(login) && !logins.includes(login)) {
                if (logins.length === wanted)
                    break;
                logins.push(login);
            }
        }
        const batches = run_backtest_chunk(logins, authorsPerQuery).map((batch) => () => guard.run(2, () => readFirstTimes(client, repo, batch)));
        const round = await runBounded(batches, maxConcurrent, () => guard.refusal(2));
        for (const read of round.results)
            for (const [login, list] of read ?? [])
                here.set(login, list);
        if (round.stopped)
            return { items, notFirstTime, authors: here.size, stopped: round.stopped };
        for (const past of candidates.slice(next, end)) {
            if (items.length === limit)
                break;
            const list = here.get(past.subject.author.login) ?? null;
            if (isFirstTimeContributor(countEarlierHere(list, past.subject), past.subject.association))
                items.push(past);
            else
                notFirstTime += 1;
        }
        next = end;
        progress(`checked ${here.size} authors: ${items.length} first-time items of ${limit} wanted`);
    }
    return { items, notFirstTime, authors: here.size, stopped: null };
}
// Each item's author as of its opening, in batches, as far as the quota allows. A batch whose reads ran into
// the rate limit is not replayed (its verdicts would stand on nothing), and ends the replay.
async function replayItems(client, picked, settings, guard, progress) {
    const batches = run_backtest_chunk(picked, itemsPerRead);
    let done = 0;
    let limited = null;
    const tasks = batches.map((batch) => async () => {
        const read = await guard.run(2, () => readAsOf(client, batch.map((p) => p.subject), settings['activity-window-days']));
        const replayed = batch.flatMap((past) => {
            const asOf = read.get(past.subject);
            return asOf ? [{ past, asOf }] : [];
        });
        const ranOut = replayed.some(({ asOf }) => asOf.author.failures.some((f) => /rate limit/i.test(f.reason)));
        if (ranOut) {
            limited ??= "GitHub's rate limit ran out during the replay";
            return [];
        }
        done += replayed.length;
        progress(`replayed ${done}/${picked.length} items`);
        return replayed;
    });
    const run = await runBounded(tasks, maxConcurrent / 2, () => limited ?? guard.refusal(2));
    return { items: run.results.flatMap((r) => r ?? []), stopped: run.stopped ?? limited };
}
function run_backtest_chunk(list, size) {
    return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
}

;// CONCATENATED MODULE: ./src/fetch/read-subject.ts







// The GraphQL reads (profile, history counts, first-time check; labels and our comments) go out at the same
// moment as the REST reads it cannot replace (public events, the PR's files). Only a history longer than one
// page waits for a second round trip, because search pages follow cursors.
async function readSubject(client, subject, options) {
    const { window, eventsSince, labels, markers, postMerge } = options;
    const login = subject.author.login;
    const request = {
        login,
        firstTime: { repo: subject.repo, kind: subject.kind, before: (postMerge ? subject.mergedAt : null) ?? subject.createdAt },
    };
    // Two queries, sent together: GitHub nulls a whole answer when one search in it is refused (an author it
    // cannot search), and the thread must stay readable for the writes whatever happens to the profile.
    const profile = getProfiles(client, 'Profile', [request], window);
    const threadQuery = runQuery(client, 'Thread', [threadPart('t', subject.repo, [subject], labels)]);
    const events = settle(getPublicEvents(client, login, eventsSince));
    // After a merge the PR's files no longer need a look.
    const total = subject.size?.changedFiles ?? null;
    const files = subject.kind === 'pr' && !postMerge ? settle(getPrFiles(client, subject.repo, subject.number, total)) : null;
    const author = (await profile)[0];
    const read = readThread('t', await threadQuery, markers, subject.number);
    const threadFailure = read.failure;
    const thread = read.thread?.unreadComments ? await readUnreadComments(client, subject.repo, subject.number, read.thread, markers) : read.thread;
    const fileList = await files;
    return {
        author,
        thread,
        threadFailure,
        ...(fileList ? { files: { list: fileList.value, failure: fileList.failure, total } } : {}),
        events: await events,
    };
}

;// CONCATENATED MODULE: ./src/modes/confirm-access.ts


// Webhooks show a private org member or a team member as CONTRIBUTOR or NONE; the contract counts write access
// or above as COLLABORATOR, for the skip rules and for `/triage`. The author's check goes out with the mode's
// first reads (no extra round trip), and only when its answer could change the skip decision.
async function confirmAuthor(client, subject, settings, postMerge) {
    if (!worthConfirming(subject, settings, postMerge))
        return { skip: null, warnings: [] };
    const login = subject.author.login;
    const author = await hasWriteAccess(client, subject.repo, login);
    if (author.failure) {
        return { skip: null, warnings: [`Could not check whether ${login} has write access here (${author.failure}): triaged as ${subject.association}.`] };
    }
    return { skip: author.value ? getSkipReason({ ...subject, association: 'COLLABORATOR' }, settings, postMerge) : null, warnings: [] };
}
// A /triage from a login whose association shows no write access is confirmed before anything else is read:
// anyone can comment, and a drive-by `/triage` must cost one request, not a triage's worth of the quota.
async function confirmCommenter(client, subject, commenter) {
    const asker = await hasWriteAccess(client, subject.repo, commenter);
    if (asker.value === true)
        return { skip: null, warnings: [] };
    return {
        skip: 'not-a-maintainer',
        warnings: asker.failure ? [`Could not confirm that ${commenter} may ask for /triage (${asker.failure}): not re-triaged.`] : [],
    };
}

;// CONCATENATED MODULE: ./src/modes/post-merge.ts











// After a merge: thank a first-time contributor once, and invite them to the org on evidence. Does not triage:
// the verdict is computed only to decide the invitation.
async function postMerge(client, orgClient, subject, settings, now, serverUrl) {
    const org = subject.repo.owner;
    const login = subject.author.login;
    const window = readWindow(settings, now);
    // The org checks need only the payload's login, so they go out with the profile read.
    const [data, membership, access] = await Promise.all([
        readSubject(client, subject, { window, eventsSince: window.eventsSince, labels: labelNames(settings), markers: allMarkers, postMerge: true }),
        orgClient && settings['invite-to-org'] ? settle(getOrgStanding(orgClient, org, login)) : Promise.resolve(null),
        confirmAuthor(client, subject, settings, true),
    ]);
    if (access.skip)
        return skipped(access.skip, subject, access.warnings);
    const score = scoreAuthor({ author: data.author, events: data.events, subject, settings, now, serverUrl });
    const warnings = [...access.warnings, ...score.warnings];
    const notes = [];
    const firstTime = isFirstTimeContributor(data.author.earlierHere, subject.association);
    const result = { mode: 'post-merge', subject, firstTime, ...outcome(warnings.length > 0, warnings, notes) };
    if (!data.thread) {
        warnings.push(`Nothing was written: the PR's comments could not be read (${data.threadFailure ?? 'unknown'})`);
        return result;
    }
    if (data.thread.archived) {
        warnings.push(archivedWarning(subject));
        return result;
    }
    if (!firstTime) {
        notes.push(data.author.earlierHere === null
            ? 'Could not tell whether this was a first contribution: nothing sent.'
            : `${login} had merged PRs here before: nothing to send.`);
        return result;
    }
    const writes = [];
    const alreadyThanked = data.thread.ownComments.some((c) => kindOf(c.body) === 'merged');
    if (settings['merged-message'] !== '' && !alreadyThanked) {
        writes.push({ kind: 'create-comment', comment: 'merged', body: withMarker('merged', fillTemplate(settings['merged-message'], subject)) });
    }
    if (settings['invite-to-org']) {
        const inviteeId = data.author.user?.id ?? subject.author.id;
        if (data.thread.ownerType !== 'Organization') {
            warnings.push(`${subject.repo.owner}/${subject.repo.name} belongs to a user, not an organization: no invitation.`);
        }
        else if (score.verdict === 'red') {
            notes.push(`Not invited to ${org}: the verdict at merge time is red (${score.reason}).`);
        }
        else if (!membership || membership.failure || !membership.value) {
            warnings.push(`Could not check ${login}'s standing in ${org} (${membership?.failure ?? 'no org token'}): no invitation. The org-token needs the admin:org scope (or an app with organization members: write).`);
        }
        else if (membership.value === 'unseen') {
            warnings.push(`Not invited to ${org}: the org-token's user is not a member of ${org} (GitHub answered its membership check with a redirect, 302), so it can neither see ${org}'s members nor invite. Set org-token to a token of an owner of ${org}, with the admin:org scope.`);
        }
        else if (membership.value !== 'outsider') {
            notes.push(`Not invited to ${org}: ${login} is ${membership.value === 'member' ? 'already a member' : 'already invited'}.`);
        }
        else if (inviteeId === null) {
            warnings.push(`Not invited to ${org}: the user id of ${login} is unknown.`);
        }
        else {
            notes.push(`Invited ${login} to ${org}: first merged PR, verdict at merge time ${score.verdict}.`);
            writes.push({ kind: 'invite', org, login, inviteeId });
        }
    }
    const applied = await applyWrites(client, subject, writes, settings['dry-run'], orgClient ?? undefined);
    result.writes.push(...applied.outcomes);
    warnings.push(...applied.warnings.map((w) => (/invite/.test(w) ? `${w}. The org-token needs the admin:org scope.` : w)));
    return result;
}
// member, invited (a pending invitation) or outsider; both reads at once. `unseen` when the org token's own
// user is not an org member: GitHub then answers the membership check with 302 to the public members' list
// instead of 204 or 404 (https://docs.github.com/rest/orgs/members#check-organization-membership-for-a-user,
// https://github.com/github/docs/issues/27266), and fetch would follow it and read a public membership.
// `redirect: 'manual'` keeps the 302, which octokit resolves as it is (not an error, below 400).
async function getOrgStanding(orgClient, org, login) {
    const [member, invitations] = await Promise.allSettled([
        orgClient.octokit.rest.orgs.checkMembershipForUser({ org, username: login, request: { redirect: 'manual' } }).then((response) => (response.status === 302 ? 'unseen' : true), (error) => {
            if (error.status === 404)
                return false;
            throw error;
        }),
        orgClient.octokit.paginate(orgClient.octokit.rest.orgs.listPendingInvitations, { org, per_page: 100 }),
    ]);
    // The membership answer first: an outsider's token is also refused the invitations, for the same reason.
    if (member.status === 'rejected')
        throw member.reason;
    if (member.value === 'unseen')
        return 'unseen';
    if (member.value)
        return 'member';
    if (invitations.status === 'rejected')
        throw invitations.reason;
    // paginate concatenates whatever came back, so an object that is not a list arrives as a list of one: it
    // must not read as "not invited". Every invitation GitHub documents has a numeric id.
    const route = `GET /orgs/${org}/invitations`;
    const pending = restList(invitations.value, route);
    if (pending.some((i) => typeof i.id !== 'number'))
        throw new Error(`GitHub answered ${route} with something other than the invitations it documents`);
    return pending.some((i) => typeof i.login === 'string' && i.login.toLowerCase() === login.toLowerCase()) ? 'invited' : 'outsider';
}

;// CONCATENATED MODULE: ./src/modes/triage.ts












// Reads → score → writes, for one PR or issue.
// `commenter`: the login of a /triage whose write access GitHub must confirm first.
async function triage(client, subject, settings, now, view, commenter = null) {
    const asker = commenter ? await confirmCommenter(client, subject, commenter) : null;
    if (asker?.skip)
        return skipped(asker.skip, subject, asker.warnings);
    const window = readWindow(settings, now);
    const reading = Promise.all([
        readSubject(client, subject, {
            window,
            eventsSince: window.eventsSince,
            labels: labelNames(settings),
            markers: allMarkers,
            postMerge: false,
        }),
        confirmAuthor(client, subject, settings, false),
    ]);
    // While GitHub answers: what the judging needs from the settings alone, made ready once this turn of the
    // loop has sent the requests (setImmediate runs after the sockets' events), rather than after the answers.
    if (subject.kind === 'pr')
        setImmediate(() => sensitiveMatcher(settings['sensitive-paths']));
    const [data, access] = await reading;
    if (access.skip)
        return skipped(access.skip, subject, access.warnings);
    const score = scoreAuthor({
        author: data.author,
        events: data.events,
        ...(data.files ? { files: data.files } : {}),
        subject,
        settings,
        now,
        serverUrl: view.serverUrl,
    });
    const warnings = [...access.warnings, ...score.warnings];
    const firstTime = isFirstTimeContributor(data.author.earlierHere, subject.association);
    const name = data.author.user?.name ?? null;
    const thread = data.thread;
    if (thread?.unreadComments) {
        warnings.push(`No comment was posted: ${thread.unreadComments.count} comments of this very long thread could not be read, and one of them may already be the action's`);
    }
    const activity = summarizeActivity(data.author.calendar, data.events.value, window);
    const applying = thread
        ? applyWrites(client, subject, planTriageWrites({
            subject,
            settings,
            thread,
            verdict: score.verdict,
            firstTime,
            report: renderReportComment({ subject, score, firstTime, name, activity }, view),
        }), settings['dry-run'])
        : null;
    // partial is about reads: a write the token was refused warns, but the verdict's data is whole.
    const partial = score.partial || warnings.length > 0 || applying === null;
    const result = { mode: 'triage', subject, score, firstTime, name, activity, ...outcome(partial, warnings) };
    // Not a read that failed: after partial is decided.
    if (thread?.archived)
        warnings.push(archivedWarning(subject));
    const overLimit = thread && labelLimitWarning({ subject, settings, thread, verdict: score.verdict, firstTime });
    if (overLimit)
        warnings.push(overLimit);
    if (applying) {
        const applied = await applying;
        result.writes.push(...applied.outcomes);
        warnings.push(...applied.warnings);
    }
    else {
        // Without the labels and comments already there, a write could duplicate a comment: none is made.
        warnings.push(`Nothing was written: the PR or issue's labels and comments could not be read (${data.threadFailure ?? 'unknown'})`);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/modes/profile.ts







// Profiles one account with no PR or issue at hand (the CLI's `profile <login>`): the same reads and score as
// a triage, without the repo's side and without writes.
async function profileLogin(client, login, settings, now, serverUrl) {
    const window = readWindow(settings, now);
    const [profiles, events] = await Promise.all([
        getProfiles(client, 'Profile', [{ login }], window),
        settle(getPublicEvents(client, login, window.eventsSince)),
    ]);
    const author = profiles[0];
    const score = scoreAuthor({ author, events, settings, now, serverUrl });
    const warnings = [...score.warnings];
    return {
        mode: 'profile',
        login,
        score,
        name: author.user?.name ?? null,
        activity: summarizeActivity(author.calendar, events.value, window),
        ...outcome(score.partial || warnings.length > 0, warnings),
    };
}

;// CONCATENATED MODULE: ./src/modes/load-modes.ts
// The modes and the client, loaded only once a run knows it will make a request (a dynamic import of `#modes`,
// package.json's name for this file): a skipped event never pays for parsing Octokit. Bundled once on its own
// (dist/modes), so the action and the CLI share it; dist/package.json maps `#modes` there.







var __webpack_exports__createClient = __webpack_exports__.UU;
var __webpack_exports__postMerge = __webpack_exports__.fl;
var __webpack_exports__profileLogin = __webpack_exports__.Tw;
var __webpack_exports__runBackfill = __webpack_exports__.o1;
var __webpack_exports__runBacktest = __webpack_exports__.rt;
var __webpack_exports__triage = __webpack_exports__.NA;
export { __webpack_exports__createClient as createClient, __webpack_exports__postMerge as postMerge, __webpack_exports__profileLogin as profileLogin, __webpack_exports__runBackfill as runBackfill, __webpack_exports__runBacktest as runBacktest, __webpack_exports__triage as triage };
