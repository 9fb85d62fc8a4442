// aleppomap's timeline map: the control layer (who held each place), its legend, its popups.
// One of the files aleppomap.timeline.page joins into the page's script (see JS_FILES).
(function () {
  'use strict';
  var Timeline = am.Timeline;
  var dayLabel = am.dayLabel;
  var distance = am.distance;
  var el = am.el;
  var shortDay = am.shortDay;

  // ------------------------------------------------------------------ the control layer

  // Who held each place, from the captions' control statements (aleppomap.control). The
  // layer's days are the statements' days: the controller on a slider day is the one of the
  // last statement day up to it ("All dates": the latest). Each place carries its changes,
  // [day, controller, statement] (statement -1: none), in day order.
  var CONTROL_FILL = 0.38;
  // The sides in plain words: as the holder ("held by rebels"), as an adjective ("rebel-held").
  var SIDE_NOUN = {
    government: 'government forces', rebels: 'rebels', islamic_state: 'Islamic State',
    kurdish: 'Kurdish forces'
  };
  var SIDE_ADJECTIVE = {
    government: 'government', rebels: 'rebel', islamic_state: 'Islamic State', kurdish: 'Kurdish'
  };

  function sideNoun(side) {
    return Object.prototype.hasOwnProperty.call(SIDE_NOUN, side) ? SIDE_NOUN[side] : '';
  }

  // What a statement says, in plain words: "taken by government forces from rebels", "held by
  // rebels", "described as rebel-held" (a caption's "rebel-held X": a description, not a
  // report), "besieged", "contested". The evidence phrase follows it in the popup.
  function controlWords(s) {
    var by = sideNoun(s.controller);
    var from = sideNoun(s.from_controller);
    var described = /-(held|controlled)\b/i.test(s.evidence || '');
    if (s.action === 'captured' || (s.action === 'lost' && by)) {
      return (by ? 'taken by ' + by : 'taken') + (from ? ' from ' + from : '');
    }
    if (s.action === 'lost') {
      return from ? 'described as formerly ' + SIDE_ADJECTIVE[s.from_controller] + '-held'
        : 'described as changing hands';
    }
    if (s.action === 'held') {
      if (described && Object.prototype.hasOwnProperty.call(SIDE_ADJECTIVE, s.controller)) {
        return 'described as ' + SIDE_ADJECTIVE[s.controller] + '-held';
      }
      return by ? 'held by ' + by : 'held';
    }
    if (s.action === 'retreated') {
      return (from ? 'abandoned by ' + from : 'abandoned') + (by ? ', taken by ' + by : '');
    }
    if (s.action === 'besieged') { return 'besieged' + (by ? ', held by ' + by : ''); }
    if (s.action === 'contested') { return 'contested: fighting reported'; }
    return s.action;
  }
  var CONTROL_FILL_UNKNOWN = 0.1;
  var RING_RADIUS = 15;           // px: the control ring around a point-only place's marker

  // The centre of the circle the payload gives a point-only place (its point).
  function ringCentre(geometry) {
    var ring = geometry.coordinates[0];
    var x = 0;
    var y = 0;
    var n = Math.max(1, ring.length - 1);
    for (var i = 0; i < n; i++) { x += ring[i][0]; y += ring[i][1]; }
    return L.latLng(y / n, x / n);
  }
  var CONTROL_LIST_LIMIT = 200;   // statements listed in a popup

  Timeline.prototype._buildControl = function () {
    var self = this;
    var c = this.data.control;
    this.controlLayer = null;
    this.openControl = -1;
    if (!c || !c.places || !c.places.length) { return; }
    this.cColor = {};
    this.cLabel = {};
    for (var i = 0; i < c.legend.length; i++) {
      this.cColor[c.legend[i].controller] = c.legend[i].color;
      this.cLabel[c.legend[i].controller] = c.legend[i].label;
    }
    this.cIndex = {};
    this.cLayers = [];
    this.cState = [];
    this.map.createPane('aleppomapControl');
    // Above the tiles, below the points' canvas (450): markers stay on top, and clickable.
    this.map.getPane('aleppomapControl').style.zIndex = 350;
    var renderer = L.svg({ pane: 'aleppomapControl', padding: 0.2 });
    var group = L.featureGroup();
    c.places.forEach(function (place, p) {
      self.cIndex[place.id] = p;
      // A place known only as a point has no area to colour: its controller shows as a ring
      // around its marker (a few pixels at every zoom), never as a km-wide disc.
      var layer = place.approximate
        ? L.featureGroup([L.circleMarker(ringCentre(place.geometry), {
          renderer: renderer, pane: 'aleppomapControl', radius: RING_RADIUS,
          className: 'am-control-area am-control-ring', bubblingMouseEvents: true
        })])
        : L.geoJSON(place.geometry, {
          renderer: renderer,
          pane: 'aleppomapControl',
          className: 'am-control-area',
          bubblingMouseEvents: true
        });
      layer.on('click', function (e) { self._onControlClick(p, e); });
      self.cLayers.push(layer);
      self.cState.push(null);
      group.addLayer(layer);
    });
    this.controlLayer = group;
    this.controlVisible = true;
    group.addTo(this.map);
    this._tagControl();
    this._buildControlLegend();
    this._styleControl();
  };

  // Name each area's SVG path by its place id (an attribute, set as text: nothing is parsed),
  // for the stylesheet and the tests. Leaflet makes new paths each time the layer is added.
  Timeline.prototype._tagControl = function () {
    var places = this.data.control.places;
    this.cLayers.forEach(function (layer, p) {
      layer.eachLayer(function (part) {
        if (part._path) { part._path.setAttribute('data-place', places[p].id); }
      });
    });
  };

  // The layer's day for the slider's position: -1 before any statement.
  Timeline.prototype._controlDay = function () {
    var days = this.data.control.days;
    if (this.day < 0) { return days.length - 1; }
    var iso = this.days[this.day];
    var a = 0;
    var b = days.length;
    while (a < b) {
      var mid = (a + b) >> 1;
      if (days[mid] <= iso) { a = mid + 1; } else { b = mid; }
    }
    return a - 1;
  };

  // Place p on the layer's day k: [controller, statement index or -1].
  Timeline.prototype._controlState = function (p, k) {
    var c = this.data.control;
    var changes = c.places[p].changes;
    var ctl = 'unknown';
    var st = -1;
    for (var j = 0; j < changes.length && changes[j][0] <= k; j++) {
      ctl = c.controllers[changes[j][1]];
      st = changes[j][2];
    }
    return [ctl, st];
  };

  Timeline.prototype._controlColor = function (controller) {
    return Object.prototype.hasOwnProperty.call(this.cColor, controller)
      ? this.cColor[controller] : this.cColor.unknown || '#bbbbbb';
  };

  Timeline.prototype._styleControl = function () {
    if (!this.controlLayer) { return; }
    var k = this._controlDay();
    var places = this.data.control.places;
    for (var p = 0; p < places.length; p++) {
      var state = this._controlState(p, k);
      var key = state[0] + '|' + state[1];
      if (this.cState[p] === key) { continue; }
      this.cState[p] = key;
      var approx = places[p].approximate;
      var unknown = state[0] === 'unknown';
      var color = this._controlColor(state[0]);
      this.cLayers[p].setStyle(approx ? {
        color: color, weight: 5, opacity: unknown ? 0.6 : 1, dashArray: null,
        fill: true, fillOpacity: 0, fillColor: color
      } : {
        color: color,
        weight: 2,
        opacity: unknown ? 0.6 : 0.9,
        dashArray: null,
        fillColor: color,
        fillOpacity: unknown ? CONTROL_FILL_UNKNOWN : CONTROL_FILL
      });
    }
    if (this.openControl >= 0 && this.popup && this.popup.isOpen()) {
      var content = this._controlContent(this.openControl);
      this.popup.setContent(content);
    }
  };

  Timeline.prototype._onControlClick = function (p, e) {
    // A marker drawn over the area wins: the map's own click handler opens it.
    if (this._hit(e.layerPoint) >= 0) { return; }
    this._openControl(p, e.latlng);
  };

  Timeline.prototype._openControl = function (p, latlng) {
    this._showPopup(latlng, this._controlContent(p), L.point(0, 0), true);
    this.openMarker = -1;
    this.openCluster = -1;
    this.openControl = p;
    this._writeHashSoon();
  };

  Timeline.prototype._controlLabel = function (controller) {
    return Object.prototype.hasOwnProperty.call(this.cLabel, controller)
      ? this.cLabel[controller] : controller;
  };

  // The popup of place p: its controller on the slider's day, then every statement about it.
  Timeline.prototype._controlContent = function (p) {
    var self = this;
    var c = this.data.control;
    var place = c.places[p];
    var k = this._controlDay();
    var state = this._controlState(p, k);
    var root = el('div', 'am-popup am-control-popup');
    // A click in the popup stays in it: reaching the map, it would close the photo's popup
    // that an evidence button has just opened.
    L.DomEvent.disableClickPropagation(root);
    root.appendChild(el('h3', 'am-popup-title', place.name));
    var when = this.day < 0 ? 'latest known' : 'on ' + dayLabel(this.days[this.day]);
    var line = el('p', 'am-popup-date');
    var sw = el('span', 'am-control-swatch');
    sw.style.background = this._controlColor(state[0]);
    line.appendChild(sw);
    line.appendChild(document.createTextNode(
      (state[0] === 'unknown' ? 'Controller unknown' : this._controlLabel(state[0])) +
      ' (' + when + ')'));
    root.appendChild(line);
    if (place.approximate) {
      root.appendChild(el('p', 'am-popup-credit', 'Known only as a point (somewhere within ' +
        distance(place.radius_m || 0) + '): shown as a ring around its marker.'));
    }
    var list = el('ul', 'am-control-list');
    var statements = place.statements;
    var iso = k >= 0 ? c.days[k] : '';
    for (var j = 0; j < statements.length && j < CONTROL_LIST_LIMIT; j++) {
      var s = statements[j];
      var cls = j === state[1] ? 'am-control-current' : (s.date > iso || !s.date ? 'am-control-later' : null);
      var li = el('li', cls);
      var b = el('button', 'am-control-entry', this._labelOf(s.gallery, s.entry));
      b.type = 'button';
      b.setAttribute('data-s', String(j));
      li.appendChild(b);
      li.appendChild(document.createTextNode(' ' + shortDay(s.date) + ' · ' +
        controlWords(s) + ':'));
      li.appendChild(el('q', 'am-control-evidence', s.evidence));
      if (j === state[1]) { li.setAttribute('aria-current', 'true'); }
      list.appendChild(li);
    }
    list.addEventListener('click', function (e) {
      var btn = e.target.closest ? e.target.closest('button.am-control-entry') : null;
      if (!btn) { return; }
      var st = statements[Number(btn.getAttribute('data-s'))];
      var name = self.multi ? st.gallery + '#' + st.entry : st.entry;
      var entry = self._entryIndex(name);
      if (entry >= 0) { self._openEntry(entry, { animate: true, focusRow: false }); }
    });
    root.appendChild(list);
    if (statements.length > CONTROL_LIST_LIMIT) {
      root.appendChild(el('p', 'am-popup-credit', (statements.length - CONTROL_LIST_LIMIT) +
        ' more statements: see the control table'));
    }
    root.appendChild(el('p', 'am-popup-credit',
      'From what the captions say; a place is coloured by the last statement up to the day.'));
    return root;
  };

  // The layer's legend and switch, in the panel under the points' legend.
  Timeline.prototype._buildControlLegend = function () {
    var self = this;
    var c = this.data.control;
    var box = document.getElementById(this.id + '-panel').querySelector('.am-legend');
    var wrap = el('div', 'am-control-legend');
    var label = el('label', 'am-control-switch');
    var input = el('input');
    input.type = 'checkbox';
    input.checked = true;
    input.addEventListener('change', function () { self.setControlVisible(input.checked); });
    this.controlInput = input;
    label.appendChild(input);
    label.appendChild(document.createTextNode(' Who held each area: its colour (from the captions)'));
    wrap.appendChild(label);
    var used = { unknown: true };
    var approx = false;
    for (var p = 0; p < c.places.length; p++) {
      var changes = c.places[p].changes;
      for (var j = 0; j < changes.length; j++) { used[c.controllers[changes[j][1]]] = true; }
      if (c.places[p].approximate) { approx = true; }
    }
    var list = el('ul', 'am-legend-list am-control-items');
    for (var i = 0; i < c.legend.length; i++) {
      var item = c.legend[i];
      if (!used[item.controller]) { continue; }
      var li = el('li');
      var sw = el('span', 'am-control-swatch');
      sw.style.background = item.color;
      li.appendChild(sw);
      li.appendChild(el('span', null, item.label));
      list.appendChild(li);
    }
    if (approx) {
      var li2 = el('li');
      li2.appendChild(el('span', 'am-control-swatch am-control-swatch-ring'));
      li2.appendChild(el('span', null, 'a ring: who held a place known only as a point'));
      list.appendChild(li2);
    }
    wrap.appendChild(list);
    box.appendChild(wrap);
  };

  Timeline.prototype.setControlVisible = function (on) {
    if (!this.controlLayer) { return false; }
    on = !!on;
    if (on && !this.map.hasLayer(this.controlLayer)) {
      this.controlLayer.addTo(this.map);
      this._tagControl();
    }
    if (!on && this.map.hasLayer(this.controlLayer)) {
      if (this.openControl >= 0 && this.popup) { this.map.closePopup(this.popup); }
      this.map.removeLayer(this.controlLayer);
    }
    this.controlVisible = on;
    this.controlInput.checked = on;
    return true;
  };

  Timeline.prototype.controlAt = function (placeId) {
    if (!this.controlLayer || !Object.prototype.hasOwnProperty.call(this.cIndex, placeId)) {
      return null;
    }
    return this._controlState(this.cIndex[placeId], this._controlDay())[0];
  };
}());
