// The map of located events: country outlines from a bundled TopoJSON file (Natural Earth 110m via the
// world-atlas package, see vendor/MANIFEST.json) drawn as SVG, and one circle per place from /api/map.
// Nothing is fetched from outside this server: no tiles, no CDN.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const OUTLINES = "/static/vendor/countries-110m.json";
const WORLD = { x: -180, y: -90, width: 360, height: 180 };
const MIN_SPAN = 8; // degrees: fitting one place still shows its surroundings
const RADIUS_PX = { min: 5, max: 26 };

function svgElement(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, String(value)));
  return node;
}

// --- TopoJSON: quantised, delta-encoded arcs shared between neighbouring countries ---------------------------

function decodeArcs(topology) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

function ringPoints(ring, arcs) {
  const points = [];
  ring.forEach((index, i) => {
    const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index]; // ~i marks an arc walked backwards
    points.push(...(i === 0 ? arc : arc.slice(1))); // consecutive arcs share their end point
  });
  return points;
}

function ringPath(points) {
  // Longitudes are unwrapped so a ring crossing the antimeridian (Russia, Fiji) does not streak across the map.
  let shift = 0;
  let previous = null;
  const parts = points.map(([lon, lat], i) => {
    if (previous !== null && Math.abs(lon + shift - previous) > 180) shift += previous > lon + shift ? 360 : -360;
    previous = lon + shift;
    return `${i === 0 ? "M" : "L"}${(lon + shift).toFixed(2)},${(-lat).toFixed(2)}`;
  });
  return parts.join("") + "Z";
}

function geometryPath(geometry, arcs) {
  const polygons = geometry.type === "Polygon" ? [geometry.arcs] : geometry.type === "MultiPolygon" ? geometry.arcs : [];
  return polygons.map((rings) => rings.map((ring) => ringPath(ringPoints(ring, arcs))).join("")).join("");
}

function weightedRange(pairs, share = 0.05) {
  const sorted = pairs.slice().sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((sum, [, weight]) => sum + weight, 0);
  let seen = 0;
  let low = sorted[0][0];
  let high = sorted[sorted.length - 1][0];
  let lowFound = false;
  for (const [value, weight] of sorted) {
    seen += weight;
    if (!lowFound && seen > total * share) { low = value; lowFound = true; }
    if (seen >= total * (1 - share)) { high = value; break; }
  }
  return [low, high];
}

// --- the view --------------------------------------------------------------------------------------------------

class EventMap {
  constructor(svg, summary) {
    this.svg = svg;
    this.labels = summary.dataset;
    this.view = { ...WORLD };
    this.places = [];
    this.tip = document.getElementById("map-tip");
    this.countries = svgElement("g", { class: "countries" });
    this.markers = svgElement("g", { class: "places" });
    svg.append(this.countries, this.markers);
  }

  async load() {
    const [topology, data] = await Promise.all([getJSON(OUTLINES), getJSON(this.labels.api)]);
    this.drawCountries(topology);
    this.places = data.places;
    this.drawPlaces(data.places);
    document.getElementById("map-located").textContent = data.located;
    document.getElementById("map-total").textContent = data.total;
    document.getElementById("map-places").textContent = data.places.length;
    if (!data.places.length) document.getElementById("place-help").textContent = this.labels.empty;
    this.fit();
    document.body.dataset.mapReady = "1";
  }

  drawCountries(topology) {
    const arcs = decodeArcs(topology);
    const paths = topology.objects.countries.geometries.map((geometry) => {
      const path = svgElement("path", { d: geometryPath(geometry, arcs), class: "country" });
      const title = svgElement("title");
      title.textContent = (geometry.properties && geometry.properties.name) || "";
      path.append(title);
      return path;
    });
    this.countries.replaceChildren(...paths);
  }

  drawPlaces(places) {
    const peak = Math.max(1, ...places.map((p) => p.count));
    const groups = places.slice().sort((a, b) => b.count - a.count).map((place, i) => {
      const conflict = place.quad_classes["3"] + place.quad_classes["4"];
      const group = svgElement("g", { class: "place " + (conflict > place.count - conflict ? "neg" : "pos"),
                                      tabindex: 0, role: "button", "data-index": places.indexOf(place),
                                      "data-count": place.count, transform: `translate(${place.lon},${-place.lat})` });
      group.append(svgElement("circle", { cx: 0, cy: 0, r: 1 }));
      const count = svgElement("text", { x: 0, y: 0, "text-anchor": "middle", "dominant-baseline": "central" });
      count.textContent = place.count;
      group.append(count);
      group.dataset.share = String(Math.sqrt(place.count / peak));
      group.addEventListener("mouseenter", (event) => this.showTip(place, event));
      group.addEventListener("mousemove", (event) => this.moveTip(event));
      group.addEventListener("mouseleave", () => { this.tip.hidden = true; });
      group.addEventListener("click", () => this.showPlace(place, group));
      group.addEventListener("keydown", (event) => { if (event.key === "Enter") this.showPlace(place, group); });
      return group;
    });
    this.markers.replaceChildren(...groups);
  }

  // Circles and counts keep their size on screen whatever the zoom: sizes are set in screen pixels.
  resize() {
    const matrix = this.svg.getScreenCTM();
    const perPixel = matrix && matrix.a ? 1 / matrix.a : this.view.width / 800; // map units per screen pixel
    this.markers.querySelectorAll("g.place").forEach((group) => {
      const share = Number(group.dataset.share);
      const radius = (RADIUS_PX.min + (RADIUS_PX.max - RADIUS_PX.min) * share) * perPixel;
      group.querySelector("circle").setAttribute("r", radius.toFixed(4));
      const text = group.querySelector("text");
      text.setAttribute("font-size", (Math.max(9, radius / perPixel * 0.9) * perPixel).toFixed(4));
      text.style.display = radius / perPixel >= 9 ? "" : "none";
    });
  }

  setView(view) {
    this.view = view;
    this.svg.setAttribute("viewBox", `${view.x} ${view.y} ${view.width} ${view.height}`);
    this.resize();
  }

  // The view holds the bulk of the events (5th to 95th percentile of their longitudes and latitudes, each
  // event counted once), so a lone mention of Washington does not zoom the Middle East out to the world.
  fit() {
    if (!this.places.length) return this.setView({ ...WORLD });
    const lons = weightedRange(this.places.map((p) => [p.lon, p.count]));
    const lats = weightedRange(this.places.map((p) => [-p.lat, p.count]));
    const frame = this.svg.getBoundingClientRect();
    const aspect = frame.width && frame.height ? frame.width / frame.height : 2;
    let width = Math.max(MIN_SPAN, (lons[1] - lons[0]) * 1.3);
    let height = Math.max(MIN_SPAN / aspect, (lats[1] - lats[0]) * 1.3);
    if (width / height < aspect) width = height * aspect; else height = width / aspect;
    return this.setView({ x: (lons[0] + lons[1] - width) / 2, y: (lats[0] + lats[1] - height) / 2, width, height });
  }

  zoom(factor, centre) {
    const c = centre || { x: this.view.x + this.view.width / 2, y: this.view.y + this.view.height / 2 };
    const width = Math.min(720, Math.max(0.5, this.view.width * factor));
    const height = this.view.height * (width / this.view.width);
    this.setView({ x: c.x - (c.x - this.view.x) * (width / this.view.width),
                   y: c.y - (c.y - this.view.y) * (height / this.view.height), width, height });
  }

  toMap(event) {
    const point = this.svg.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    return point.matrixTransform(this.svg.getScreenCTM().inverse());
  }

  enablePanning() {
    let start = null;
    this.svg.addEventListener("wheel", (event) => {
      event.preventDefault();
      this.zoom(event.deltaY > 0 ? 1.25 : 0.8, this.toMap(event));
    }, { passive: false });
    this.svg.addEventListener("pointerdown", (event) => {
      if (event.target.closest("g.place")) return;
      start = { point: this.toMap(event), view: { ...this.view } };
      this.svg.setPointerCapture(event.pointerId);
    });
    this.svg.addEventListener("pointermove", (event) => {
      if (!start) return;
      const now = this.toMap(event);
      this.setView({ ...this.view, x: this.view.x - (now.x - start.point.x), y: this.view.y - (now.y - start.point.y) });
    });
    const stop = () => { start = null; };
    this.svg.addEventListener("pointerup", stop);
    this.svg.addEventListener("pointercancel", stop);
  }

  showTip(place, event) {
    this.tip.replaceChildren(element("strong", "", place.name || `${place.lat}, ${place.lon}`),
                             element("span", "", ` · ${place.count} ${this.labels.events}`));
    this.tip.hidden = false;
    this.moveTip(event);
    document.body.dataset.tipShown = place.name;
  }

  moveTip(event) {
    const frame = this.tip.parentElement.getBoundingClientRect();
    const x = Math.min(event.clientX - frame.left + 12, frame.width - this.tip.offsetWidth - 4);
    this.tip.style.left = `${Math.max(4, x)}px`;
    this.tip.style.top = `${event.clientY - frame.top + 12}px`;
  }

  showPlace(place, group) {
    this.markers.querySelectorAll("g.place.selected").forEach((g) => g.classList.remove("selected"));
    group.classList.add("selected");
    const title = document.getElementById("place-title");
    const names = place.names.length > 1 ? ` (${place.names.slice(1, 4).join("، ")})` : "";
    title.replaceChildren(element("bdi", "", (place.name || `${place.lat}, ${place.lon}`) + names),
                          element("span", "small", ` · ${place.count} ${this.labels.events}`));
    document.getElementById("place-help").hidden = true;
    const link = document.getElementById("place-events-link");
    const params = new URLSearchParams(new URL(this.labels.api, window.location.href).search);
    params.set("place", place.name || place.country || "");
    link.href = "/?" + params.toString();
    document.getElementById("place-link").hidden = !place.name && !place.country;
    const list = document.getElementById("place-events");
    list.replaceChildren(...place.events.map((item) => this.evidenceItem(item)));
    document.body.dataset.placeShown = place.name;
  }

  evidenceItem(item) {
    const li = element("li", item.quad_class >= 3 ? "neg" : "pos");
    const head = element("div", "edge-event-head",
      `${item.source || "—"} → ${item.target || "—"} · CAMEO ${item.cameo} · ${item.date || this.labels.undated}` +
      (item.place ? ` · ${item.place}` : ""));
    li.append(head, sentenceLink(item.sentence, item.doc_id, item.id));
    return li;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const svg = document.getElementById("event-map");
  const summary = document.getElementById("map-summary");
  if (!svg || !summary) return;
  const map = new EventMap(svg, summary);
  map.setView({ ...WORLD });
  map.enablePanning();
  document.getElementById("map-zoom-in").addEventListener("click", () => map.zoom(0.6));
  document.getElementById("map-zoom-out").addEventListener("click", () => map.zoom(1.6));
  document.getElementById("map-fit").addEventListener("click", () => map.fit());
  window.addEventListener("resize", () => map.resize());
  window.rasidMap = map; // lets browser tests read the view
  map.load().catch((error) => {
    document.getElementById("place-help").textContent = error.message;
    document.body.dataset.mapReady = "error";
  });
});
