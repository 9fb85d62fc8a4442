// aleppomap's timeline map: the entry point and the public API (window.aleppomap).
// One of the files aleppomap.timeline.page joins into the page's script (see JS_FILES).
(function () {
  'use strict';
  var Timeline = am.Timeline;

  // ------------------------------------------------------------------ entry point

  // The shape of the page's data this script reads: aleppomap.timeline.payload.PAYLOAD_VERSION.
  var PAYLOAD_VERSION = 1;

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
      return { data: null, message: 'This map cannot be shown: its data cannot be read. ' +
        'Build the page again with aleppomap.' };
    }
    if (data.version !== PAYLOAD_VERSION) {
      return { data: null, message: 'This map cannot be shown: its data is in format version ' +
        String(data.version) + ', and this page\'s script reads version ' + PAYLOAD_VERSION +
        ' only. Build the page again with one version of aleppomap.' };
    }
    return { data: data, message: '' };
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
    return { error: message, map: map };
  }

  L.aleppomapTimeline = function (map, config) {
    var read = readData(config.id);
    if (!read.data) { return refuse(map, config, read.message); }
    var data = read.data;
    var t = new Timeline(map, data, config);
    return {
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
      /** The Leaflet map. */
      map: map
    };
  };
}());
