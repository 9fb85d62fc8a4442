// aleppomap's timeline map: the entry point and the public API (window.aleppomap).
// One of the files aleppomap.timeline.page joins into the page's script (see JS_FILES).
(function () {
  'use strict';
  var Timeline = am.Timeline;

  // ------------------------------------------------------------------ entry point

  // The shape of the page's data this script reads: aleppomap.timeline.payload.PAYLOAD_VERSION.
  var PAYLOAD_VERSION = 3;

  // The integer columns the page carries packed (payload.PACKED_COLUMNS): [part, column].
  var PACKED = [['markers', 'place'], ['markers', 'entry'], ['entries', 'gallery'],
    ['entries', 'n'], ['entries', 'day'], ['entries', 'datePrecision'], ['arrows', null]];
  // The entries' text columns carried as a dictionary (payload.DICTIONARY_COLUMNS).
  var DICTIONARY = ['credit', 'date', 'reason'];
  // The entries' columns carried gzip-compressed (payload.COMPRESSED_COLUMNS), in this order.
  var COMPRESSED = ['caption', 'spans', 'places', 'url', 'image'];
  var TYPES = { u8: [Uint8Array, 1, false], i8: [Int8Array, 1, true],
    u16: [Uint16Array, 2, false], i16: [Int16Array, 2, true], i32: [Int32Array, 4, true] };
  var LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

  // The bytes of a base64 text (the browser's own decoder where it has one); throws when the
  // text is not base64.
  function base64Bytes(text) {
    if (typeof Uint8Array.fromBase64 === 'function') { return Uint8Array.fromBase64(text); }
    var bin = atob(text);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
    return bytes;
  }

  // A packed column ("<type>:<base64>" of a little-endian typed array) as an Int32Array;
  // null when it is not one.
  function unpackColumn(text) {
    var colon = typeof text === 'string' ? text.indexOf(':') : -1;
    var type = colon > 0 && Object.prototype.hasOwnProperty.call(TYPES, text.slice(0, colon))
      ? TYPES[text.slice(0, colon)] : null;
    if (!type) { return null; }
    var bytes = base64Bytes(text.slice(colon + 1));
    var width = type[1];
    if (bytes.length % width !== 0) { return null; }
    var n = bytes.length / width;
    if (LITTLE) { return Int32Array.from(new type[0](bytes.buffer, bytes.byteOffset, n)); }
    var view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    var out = new Int32Array(n);
    for (var i = 0; i < n; i++) {
      var at = i * width;
      out[i] = width === 1 ? (type[2] ? view.getInt8(at) : view.getUint8(at))
        : width === 2 ? (type[2] ? view.getInt16(at, true) : view.getUint16(at, true))
          : view.getInt32(at, true);
    }
    return out;
  }

  // Whether values has length n, each value in [lo, hi).
  function inRange(values, n, lo, hi) {
    if (values.length !== n) { return false; }
    for (var i = 0; i < n; i++) {
      if (values[i] < lo || values[i] >= hi) { return false; }
    }
    return true;
  }

  // The packed columns of data unpacked in place; false when one cannot be read.
  function unpack(data) {
    for (var i = 0; i < PACKED.length; i++) {
      var part = PACKED[i][0];
      var column = PACKED[i][1];
      var holder = column === null ? data : data[part];
      var key = column === null ? part : column;
      if (holder === null || typeof holder !== 'object') { return false; }
      var values = unpackColumn(holder[key]);
      if (values === null) { return false; }
      holder[key] = values;
    }
    // Every index in range, every column of its part's length: a column that points nowhere
    // is data this script cannot read.
    var ne = data.entries.n.length;
    var nm = data.markers.place.length;
    if (!Array.isArray(data.galleries) || !Array.isArray(data.days) ||
        !Array.isArray(data.datePrecisions) || !Array.isArray(data.roles) ||
        data.places === null || typeof data.places !== 'object' ||
        !Array.isArray(data.places.name) ||
        !inRange(data.markers.place, nm, 0, data.places.name.length) ||
        !inRange(data.markers.entry, nm, 0, ne) ||
        !inRange(data.entries.gallery, ne, 0, data.galleries.length) ||
        !inRange(data.entries.day, ne, -1, data.days.length) ||
        !inRange(data.entries.datePrecision, ne, 0, data.datePrecisions.length) ||
        !inRange(data.arrows, data.arrows.length - data.arrows.length % 2, 0, nm)) {
      return false;
    }
    for (i = 0; i < DICTIONARY.length; i++) {
      var texts = undictionary(data.entries[DICTIONARY[i]], ne);
      if (texts === null) { return false; }
      data.entries[DICTIONARY[i]] = texts;
    }
    // The compressed columns are read after the first view (readCompressed): until then
    // they are empty, and what shows them says so.
    var compressed = data.entries.compressed;
    if (compressed === null || typeof compressed !== 'object' ||
        typeof compressed.gzip !== 'string' || !Array.isArray(compressed.columns) ||
        compressed.columns.join('\n') !== COMPRESSED.join('\n')) {
      return false;
    }
    for (i = 0; i < COMPRESSED.length; i++) { data.entries[COMPRESSED[i]] = []; }
    data.entries.places = am.lazyArray(data.entries.n.length, function () { return []; });
    return true;
  }

  // The next task: a message to ourselves (setTimeout would wait 4 ms once nested).
  var channel = null;
  var waiting = [];
  function nextTask() {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = function () { waiting.shift()(); };
    }
    return new Promise(function (resolve) {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
  }

  // Whether value is an integer in [0, end).
  function index(value, end) {
    return typeof value === 'number' && value >= 0 && value < end && Math.floor(value) === value;
  }

  // Whether value is what the compressed column `name` holds for an entry: a text (caption,
  // url, image); an even count of offsets (spans); the places it names, each [place, text as
  // written, role] (places), with nPlaces places and nRoles roles in the data.
  function validValue(name, value, nPlaces, nRoles) {
    var j;
    if (name === 'spans') {
      if (!Array.isArray(value) || value.length % 2 !== 0) { return false; }
      for (j = 0; j < value.length; j++) {
        if (!index(value[j], Infinity)) { return false; }
      }
      return true;
    }
    if (name === 'places') {
      if (!Array.isArray(value)) { return false; }
      for (j = 0; j < value.length; j++) {
        var named = value[j];
        if (!Array.isArray(named) || named.length !== 3 || !index(named[0], nPlaces) ||
            typeof named[1] !== 'string' || !index(named[2], nRoles)) {
          return false;
        }
      }
      return true;
    }
    return typeof value === 'string';
  }

  // The compressed columns (payload.compress_columns): base64 of gzip of UTF-8 lines, each a
  // JSON array of the next values of a column, the columns in turn. A promise of
  // {column: values}, n values each; it fails when they cannot be read. Decompressed by the
  // browser's DecompressionStream; one line parsed per task, so the map keeps drawing.
  function readCompressed(part, n, nPlaces, nRoles) {
    var bytes = null;
    var at = 0;
    var c = 0;
    var out = {};
    var values = [];
    var decoder = new TextDecoder('utf-8', { fatal: true });
    function lines() {
      var t0 = performance.now();
      while (c < COMPRESSED.length) {
        if (values.length === n) {
          out[COMPRESSED[c++]] = values;
          values = [];
          continue;
        }
        if (at >= bytes.length) { throw new Error('the compressed columns end too soon'); }
        var end = bytes.indexOf(10, at);
        if (end < 0) { end = bytes.length; }
        var line = JSON.parse(decoder.decode(bytes.subarray(at, end)));
        at = end + 1;
        if (!Array.isArray(line) || !line.length || values.length + line.length > n) {
          throw new Error('a compressed column does not hold ' + n + ' values');
        }
        for (var j = 0; j < line.length; j++) {
          if (!validValue(COMPRESSED[c], line[j], nPlaces, nRoles)) {
            throw new Error('not a value of ' + COMPRESSED[c]);
          }
          values.push(line[j]);
        }
        if (performance.now() - t0 > 8) { return nextTask().then(lines); }
      }
      if (at < bytes.length) { throw new Error('the compressed columns hold more values'); }
      return out;
    }
    return nextTask().then(function () {
      var input = new Blob([base64Bytes(part.gzip)]).stream();
      return new Response(input.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
    }).then(function (buffer) {
      bytes = new Uint8Array(buffer);
      return lines();
    });
  }

  // A text column carried as {values, codes} as an array of n texts; null when it is not one.
  function undictionary(column, n) {
    if (column === null || typeof column !== 'object' || !Array.isArray(column.values)) {
      return null;
    }
    var values = column.values;
    var codes = unpackColumn(column.codes);
    if (codes === null || codes.length !== n) { return null; }
    var out = new Array(n);
    for (var i = 0; i < n; i++) {
      var text = values[codes[i]];
      if (typeof text !== 'string') { return null; }
      out[i] = text;
    }
    return out;
  }

  var UNREADABLE = 'This map cannot be shown: its data cannot be read. ' +
    'Build the page again with aleppomap.';

  // The page's data, or null with a message when this script cannot read it.
  function readData(id) {
    var node = document.getElementById(id + '-data');
    var data = null;
    try {
      data = node ? JSON.parse(node.textContent) : null;
    } catch (err) {
      data = null;
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      return { data: null, message: UNREADABLE };
    }
    if (data.version !== PAYLOAD_VERSION) {
      return { data: null, message: 'This map cannot be shown: its data is in format version ' +
        String(data.version) + ', and this page\'s script reads version ' + PAYLOAD_VERSION +
        ' only. Build the page again with one version of aleppomap.' };
    }
    if (typeof DecompressionStream !== 'function' || typeof TextDecoder !== 'function') {
      return { data: null, message: 'This map cannot be shown: this browser cannot read its ' +
        'data (its captions are compressed). Open the page in a recent browser.' };
    }
    var ok = false;
    try {
      ok = unpack(data);
    } catch (err) {
      ok = false;  // not base64
    }
    if (!ok) {
      return { data: null, message: UNREADABLE };
    }
    return { data: data, message: '' };
  }

  // A promise settled once the first view is on screen: two frames drawn (or at once in a
  // hidden page, which draws none; after 3 s where frames are held back, as in an iframe
  // out of view). The captions are read after it: the map comes first.
  function afterFirstView() {
    return new Promise(function (resolve) {
      if (document.visibilityState === 'hidden') { resolve(); return; }
      requestAnimationFrame(function () {
        requestAnimationFrame(function () { setTimeout(resolve, 0); });
      });
      setTimeout(resolve, 3000);
    });
  }

  // Say why nothing is drawn, on the map and in the panel, and switch the slider off.
  function refuse(map, config, message) {
    var box = document.createElement('p');
    box.className = 'am-error';
    box.setAttribute('role', 'alert');
    box.textContent = message;
    box.style.cssText = 'position:absolute;z-index:1000;top:50%;left:50%;' +
      'transform:translate(-50%,-50%);max-width:28em;margin:0;padding:1em;background:#fff;' +
      'color:#222;border:2px solid #a40000;border-radius:4px;font:16px/1.4 sans-serif;' +
      'text-align:center';
    map.getContainer().appendChild(box);
    var panel = document.getElementById(config.id + '-panel');
    var summary = panel ? panel.querySelector('.am-summary') : null;
    if (summary) { summary.textContent = message; }
    var bar = document.getElementById(config.id + '-time');
    if (bar) {
      var inputs = bar.querySelectorAll('button, input');
      for (var i = 0; i < inputs.length; i++) { inputs[i].disabled = true; }
    }
    return { error: message, map: map, ready: function () { return Promise.resolve(false); } };
  }

  // The compressed columns failed after the map was drawn: take down what was drawn and
  // listed, then refuse as when the data cannot be read at all.
  function fail(t, map, config, message) {
    t.failed = true;
    t.pause();
    if (t.popup) { map.closePopup(t.popup); }
    map.closeTooltip(t.tooltip);
    var layers = [t.canvas, t.baseCanvas, t.controlLayer, t.circle, t.selCircle];
    for (var i = 0; i < layers.length; i++) {
      if (layers[i] && map.hasLayer(layers[i])) { map.removeLayer(layers[i]); }
    }
    if (t.frameControl) { t.frameControl.remove(); }
    t.order = new Int32Array(0);
    t.rows = {};
    t.list.textContent = '';
    t.list.style.height = '0px';
    var legend = document.getElementById(config.id + '-panel').querySelector('.am-legend');
    if (legend) { legend.textContent = ''; }
    return refuse(map, config, message);
  }

  L.aleppomapTimeline = function (map, config) {
    var read = readData(config.id);
    if (!read.data) { return refuse(map, config, read.message); }
    var data = read.data;
    var t = new Timeline(map, data, config);
    var api = {
      /** The ISO days that have photos on the map, in order. */
      dates: function () { return t.days.slice(); },
      /** Show one day (an ISO string) or all dates (null); false for an unknown day. */
      setDate: function (iso) { return t.setDate(iso); },
      /** "day": that day only; "cumulative": every day up to it. */
      setMode: function (mode) { return t.setMode(mode); },
      /** The entries whose markers are shown now, in gallery order. */
      visibleEntries: function () { return t.visibleEntries(); },
      /** Fly to an entry (number, or "<gallery>#<n>" with several galleries); open its popup. */
      openEntry: function (name) { return t._entryIndex(name) >= 0 && t.openEntry(name); },
      /** The markers drawn in view: entry, place and position in the map's container (px). */
      markersInView: function () { return t.markersInView(); },
      /** The marks on the view's edges toward places off screen: side ("top", "right",
       * "bottom", "left"), count of places, box [left, top, right, bottom] in the map's
       * container (px). */
      edgeMarks: function () {
        return (t.edgeBoxes || []).map(function (b) {
          return { side: ['top', 'right', 'bottom', 'left'][b.side], count: b.n, box: b.box.slice() };
        });
      },
      /** The current state: date (or null), mode, and the open entry (or null). */
      state: function () {
        return {
          date: t.day < 0 ? null : t.days[t.day],
          mode: t.mode,
          entry: t.openMarker >= 0 ? t.names[t.mEntry[t.openMarker]] : null
        };
      },
      /** The controller of a place (gazetteer id) at the slider's day; null if not on the layer. */
      controlAt: function (placeId) { return t.controlAt(placeId); },
      /** The place ids on the control layer (none when the captions state no control). */
      controlPlaces: function () {
        return t.controlLayer ? t.data.control.places.map(function (p) { return p.id; }) : [];
      },
      /** Show or hide the control layer; false when the page has none. */
      setControlVisible: function (on) { return t.setControlVisible(on); },
      /** Whether the control layer is on the map. */
      controlVisible: function () { return !!t.controlLayer && t.map.hasLayer(t.controlLayer); },
      /** The time axis: its days, their x on the slider (px from its left) and photos per day. */
      timeAxis: function () { return t.timeAxis(); },
      /** Show the photos of one gallery (its index, in order of the galleries) or all (-1). */
      setGallery: function (g) { return t.setGallery(g); },
      /** Play or pause the slider. */
      play: function () { t.play(); },
      pause: function () { t.pause(); },
      /** Why the map is not shown (a page whose data this script cannot read); else null. */
      error: null,
      /** A promise, settled once the captions are read: true, or false when they cannot be
       * (then the map is taken down and error says why). */
      ready: null,
      /** The Leaflet map. */
      map: map
    };
    var ready = afterFirstView()
      .then(function () {
        if (t._fillGalleries) { t._fillGalleries(); }
        return readCompressed(data.entries.compressed, data.entries.n.length,
          data.places.name.length, data.roles.length);
      })
      .then(function (columns) {
        delete data.entries.compressed;
        if (!t.failed) { t._textsArrived(columns); }
        return true;
      }, function () {
        fail(t, map, config, UNREADABLE);
        api.error = UNREADABLE;
        return false;
      });
    // Once the map is taken down, the API answers nothing (null) and changes nothing.
    Object.keys(api).forEach(function (key) {
      var call = api[key];
      if (typeof call !== 'function') { return; }
      api[key] = function () { return api.error ? null : call.apply(api, arguments); };
    });
    api.ready = function () { return ready; };
    return api;
  };
}());
