/*
 * aleppomap: the timeline map's own script, in files by concern (this one: the constructor,
 * the constants and helpers the others share). aleppomap.timeline.page joins the files, in
 * the order of its JS_FILES, inside one function scope that holds `am`: the object through
 * which the files share names (nothing reaches window but window.aleppomap, set by the page).
 *
 * The page holds the events as compact columns in a <script type="application/json">
 * element, markers sorted by day: a day, or every day up to one, is one contiguous range
 * [lo, hi) of markers. One canvas draws that range; a grid of the drawn positions finds the
 * marker under the pointer; popups are built when opened. Data texts are inserted with
 * textContent and DOM calls only, never as HTML. Day labels come from the ISO strings, never
 * from a Date in local time, so they read the same in every time zone.
 */
(function () {
  'use strict';

  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December'];

  // Marker style per place precision (colour-blind safe hues); anything else draws grey.
  var STYLES = {
    landmark: { r: 5, fill: '#d55e00' },
    neighbourhood: { r: 6, fill: '#0072b2' },
    district: { r: 7, fill: '#009e73' },
    town: { r: 7, fill: '#e69f00' },
    village: { r: 6, fill: '#56b4e9' },
    city: { r: 9, fill: '#cc79a7' }
  };
  var OTHER = { r: 6, fill: '#777777' };
  var CELL = 16;           // grid cell (px) of the hit-test index
  var SPREAD = 11;         // px between markers spread around one point
  var SPREAD_MAX = 12;     // more markers than this at one point draw as a cluster
  var ARROW_LIMIT = 2000;  // more origin-destination arrows than this in range: none drawn
  var LOD_LIMIT = 12000;   // more markers than this in view draw as dots
  var HASH_DELAY = 150;    // ms: the URL fragment follows the state, debounced
  var PLAY_DELAY = 1500;   // ms per day when playing
  var LABEL_LIMIT = 120;   // draw place names when at most this many places are shown

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

  // An http(s) URL, or null: nothing else may become an href or a src.
  function safeUrl(value) {
    if (typeof value !== 'string' || !/^https?:\/\//i.test(value)) { return null; }
    try {
      var u = new URL(value);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname ? u.href : null;
    } catch (err) {
      return null;
    }
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

  function sprite(style, dpr) {
    var size = 2 * style.r + 4;
    var c = document.createElement('canvas');
    c.width = Math.ceil(size * dpr);
    c.height = Math.ceil(size * dpr);
    var ctx = c.getContext('2d');
    ctx.scale(dpr, dpr);
    ctx.beginPath();
    ctx.arc(size / 2, size / 2, style.r, 0, 2 * Math.PI);
    ctx.fillStyle = style.fill;
    ctx.globalAlpha = 0.9;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(size / 2, size / 2, style.r + 1, 0, 2 * Math.PI);
    ctx.lineWidth = 0.8;
    ctx.strokeStyle = 'rgba(0,0,0,0.55)';
    ctx.stroke();
    return { canvas: c, size: size, half: size / 2 };
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
    this._buildCanvas();
    this._buildControls();
    this._buildPanel();
    this._buildLegend();
    this._buildControl();
    this._fit(false);
    this._applyRange();
    if (!this._applyHash(window.location.hash, false)) { this._writeHash(); }
    window.addEventListener('hashchange', function () {
      if (window.location.hash !== self._lastHash) { self._applyHash(window.location.hash, true); }
    });
  }

  // What the other files use.
  am.Timeline = Timeline;
  am.ARROW_LIMIT = ARROW_LIMIT;
  am.CELL = CELL;
  am.HASH_DELAY = HASH_DELAY;
  am.LABEL_LIMIT = LABEL_LIMIT;
  am.LOD_LIMIT = LOD_LIMIT;
  am.PLAY_DELAY = PLAY_DELAY;
  am.SPREAD = SPREAD;
  am.SPREAD_MAX = SPREAD_MAX;
  am.dayLabel = dayLabel;
  am.distance = distance;
  am.el = el;
  am.safeUrl = safeUrl;
  am.shortDay = shortDay;
  am.sprite = sprite;
  am.styleOf = styleOf;
}());
