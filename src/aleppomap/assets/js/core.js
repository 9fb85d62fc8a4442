/*
 * aleppomap: the timeline map's own script, in files by concern (this one: the constructor,
 * the constants and helpers the others share). aleppomap.timeline.page joins the files, in
 * the order of its JS_FILES, inside one function scope that holds `am`: the object through
 * which the files share names (nothing reaches window but window.aleppomap, set by the page).
 *
 * The page holds the events as compact columns in a script element of type
 * application/json, markers sorted by day: a day, or every day up to one, is one contiguous range
 * [lo, hi) of markers. One canvas draws that range; a grid of the drawn positions finds the
 * marker under the pointer; popups are built when opened. Data texts are inserted with
 * textContent and DOM calls only, never as HTML. Day labels come from the ISO strings, never
 * from a Date in local time, so they read the same in every time zone.
 */
(function () {
  'use strict';

  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December'];

  // Marker style per place precision. The kind of place is told by shape, size and outline
  // only, in ink colours no controller uses: colour on the map means who held an area
  // (control.js), never what kind of place a marker is. Filled shapes are places known to a
  // street or a building; hollow ones cover a wide area (a district, the whole city).
  var INK = '#1f2a44';
  var STYLES = {
    landmark: { r: 6, shape: 'diamond', fill: INK, label: 'landmark (a building, a square)' },
    neighbourhood: { r: 6, shape: 'circle', fill: INK, label: 'neighbourhood' },
    district: { r: 7, shape: 'square', fill: '#ffffff', stroke: INK, label: 'district (wide area)' },
    town: { r: 7, shape: 'triangle', fill: INK, label: 'town' },
    village: { r: 6, shape: 'triangle', fill: '#ffffff', stroke: INK, label: 'village' },
    city: { r: 9, shape: 'circle', fill: '#ffffff', stroke: INK, label: 'the city as a whole' }
  };
  var OTHER = { r: 5, shape: 'circle', fill: '#6b6b6b', label: 'other' };
  var CELL = 16;           // grid cell (px) of the hit-test index
  var SPREAD = 11;         // px between markers spread around one point
  var SPREAD_MAX = 12;     // more markers than this at one point draw as a cluster
  // Shown for a caption while the compressed captions are read (api.js, readCompressed).
  var LOADING_CAPTION = 'Loading caption…';

  function dayLabel(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    if (!m) { return ''; }
    return String(Number(m[3])) + ' ' + MONTHS[Number(m[2]) - 1] + ' ' + m[1];
  }

  function shortDay(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    if (!m) { return 'no date'; }
    return String(Number(m[3])) + ' ' + MONTHS[Number(m[2]) - 1].slice(0, 3) + ' ' + m[1];
  }

  // A length for people: metres, or kilometres with one decimal.
  function distance(metres) {
    if (metres >= 1000) { return (Math.round(metres / 100) / 10) + ' km'; }
    return Math.round(metres) + ' m';
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function styleOf(kind) {
    return Object.prototype.hasOwnProperty.call(STYLES, kind) ? STYLES[kind] : OTHER;
  }

  function Timeline(map, data, config) {
    var self = this;
    this.map = map;
    this.id = config.id;
    this.data = data;
    this.mode = config.mode === 'cumulative' ? 'cumulative' : 'day';
    this.day = -1;            // -1: all dates
    this.openMarker = -1;     // the marker whose popup is open
    this.openCluster = -1;    // the place whose list of photos is open
    this.selected = -1;       // the entry marked in the panel
    this.hover = -1;
    this._prepare();
    this._buildBase();
    this._buildCanvas();
    this._buildControls();
    this._buildPanel();
    this._buildLegend();
    this._legendShapes();
    this._buildControl();
    this._buildFrameControl();
    this._fit(false);
    this._applyRange();
    if (!this._applyHash(window.location.hash, false)) { this._writeHash(); }
    // A day chosen on the slider (or by play, the arrows, the API) brings its events into
    // view, easing the map there, but only when none of them is in view already.
    var setDate = this.setDate;
    this.setDate = function (iso) {
      if (self.failed) { return false; }
      var ok = setDate.call(self, iso);
      if (ok) { self._followDay(); }
      return ok;
    };
    window.addEventListener('hashchange', function () {
      if (self.failed) { return; }  // its data could not be read (api.js): nothing is shown
      if (window.location.hash !== self._lastHash) { self._applyHash(window.location.hash, true); }
    });
  }

  // An array of n items, item k made by make(k) each time it is read (a Proxy: the code that
  // reads it indexes it as an array).
  function lazyArray(n, make) {
    return new Proxy([], {
      get: function (target, key) {
        if (typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key)) {
          var k = Number(key);
          return k < n ? make(k) : undefined;
        }
        return key === 'length' ? n : target[key];
      }
    });
  }

  // What the other files use.
  // An absolute http(s) URL, or null: nothing else may become an href or a src.
  function safeUrl(value) {
    if (typeof value !== 'string' || !/^https?:\/\//i.test(value)) { return null; }
    try {
      var u = new URL(value);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname ? u.href : null;
    } catch (err) {
      return null;
    }
  }

  am.Timeline = Timeline;
  am.safeUrl = safeUrl;
  am.CELL = CELL;
  am.INK = INK;
  am.LOADING_CAPTION = LOADING_CAPTION;
  am.lazyArray = lazyArray;
  am.SPREAD = SPREAD;
  am.SPREAD_MAX = SPREAD_MAX;
  am.dayLabel = dayLabel;
  am.distance = distance;
  am.el = el;
  am.shortDay = shortDay;
  am.styleOf = styleOf;
}());
