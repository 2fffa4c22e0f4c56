// The network view: Cytoscape.js (vendored) over /api/network, a month slider, and edge evidence on click.
"use strict";

const LABEL_PX = 12; // node labels keep this size on screen whatever the zoom
const BLOC_COLOURS = ["#1f6feb", "#b3561b", "#6f42c1", "#0a7d6b", "#9a6700", "#bf3989", "#57606a", "#2d7d9a"];

function query(params) {
  const kept = Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== "");
  return new URLSearchParams(kept).toString();
}

class NetworkView {
  constructor(controls) {
    this.controls = controls;
    this.labels = controls.dataset;
    this.level = document.getElementById("level");
    this.slider = document.getElementById("time-slider");
    this.top = document.getElementById("top-edges");
    this.windowLabel = document.getElementById("window-label");
    this.periods = [];
    this.cy = null;
  }

  window() {
    const index = Number(this.slider.value);
    if (index === 0 || !this.periods[index - 1]) return { start: null, end: null, label: this.labels.allTime };
    const period = this.periods[index - 1];
    return { start: period.start, end: period.end, label: period.period };
  }

  async load() {
    const win = this.window();
    this.windowLabel.textContent = win.label;
    document.body.dataset.networkReady = "0";
    const top = this.top.value === "all" ? null : this.top.value;
    const data = await getJSON("/api/network?" + query({ level: this.level.value, start: win.start, end: win.end, top }));
    if (win.start === null) {
      this.periods = data.periods;
      this.slider.max = String(this.periods.length);
    }
    this.draw(data);
    this.showBlocs(data);
    document.getElementById("edge-count").textContent = `${data.edges.length} / ${data.total_edges}`;
    this.clearEdge();
  }

  draw(data) {
    this.names = Object.fromEntries(data.nodes.map((n) => [n.id, this.nameOf(n)]));
    const elements = data.nodes.map((n) => ({
      data: { id: n.id, label: this.nameOf(n), name: n.name, colour: BLOC_COLOURS[(n.bloc ?? 0) % BLOC_COLOURS.length],
              size: 18 + Math.min(42, Math.sqrt(n.strength) * 6) },
    })).concat(data.edges.map((e) => ({
      data: { id: e.a + "|" + e.b, source: e.a, target: e.b, sign: e.sign === "-" ? "neg" : "pos",
              weight: e.weight, count: e.count, width: 1.5 + Math.min(10, Math.abs(e.weight)) },
    })));
    if (this.cy) this.cy.destroy();
    this.cy = cytoscape({
      container: document.getElementById("cy"),
      elements,
      style: [
        { selector: "node", style: { "background-color": "data(colour)", label: "data(label)", width: "data(size)",
                                     height: "data(size)", "font-size": LABEL_PX, color: "#1f2328",
                                     "text-valign": "bottom", "text-margin-y": 4, "text-wrap": "wrap",
                                     "text-max-width": 140, "text-background-color": "#fbfcfd",
                                     "text-background-opacity": 0.75, "text-background-padding": 1 } },
        { selector: "edge", style: { width: "data(width)", "curve-style": "bezier", opacity: 0.85 } },
        { selector: "edge[sign = 'pos']", style: { "line-color": "#1a7f37" } },
        { selector: "edge[sign = 'neg']", style: { "line-color": "#cf222e", "line-style": "dashed" } },
        { selector: "edge:selected", style: { "line-color": "#0969da", opacity: 1, "z-index": 10 } },
      ],
      layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 90 },
    });
    this.cy.on("tap", "edge", (event) => this.showEdge(event.target.data()));
    this.cy.on("zoom", () => this.scaleLabels());
    this.scaleLabels();
    window.rasidCy = this.cy; // lets browser tests find an edge on the canvas
    document.body.dataset.networkReady = "1";
  }

  nameOf(node) {
    const name = this.labels.lang === "ar" ? node.name_ar || node.name : node.name || node.name_ar;
    return name || node.id;
  }

  scaleLabels() {
    const size = LABEL_PX / Math.max(this.cy.zoom(), 0.05);
    this.cy.style().selector("node").style({ "font-size": size, "text-max-width": size * 12 }).update();
  }

  showBlocs(data) {
    document.getElementById("modularity").textContent = data.modularity;
    document.getElementById("frustration").textContent = data.frustration;
    const list = document.getElementById("bloc-list");
    list.replaceChildren();
    const shown = new Set(data.nodes.map((n) => n.id));
    data.blocs.filter((b) => b.size > 1 && b.members.some((m) => shown.has(m))).forEach((bloc) => {
      const item = element("li", "bloc");
      const swatch = element("span", "swatch bloc-" + (bloc.id % BLOC_COLOURS.length));
      const label = element("strong", "bloc-name", this.labels.lang === "ar" ? bloc.label_ar : bloc.label);
      const members = element("div", "members small");
      bloc.member_names.filter((m) => shown.has(m.code)).forEach((m, i) => {
        const link = element("a", "", this.nameOf({ id: m.code, name: m.name, name_ar: m.name_ar }));
        link.href = "/actors/" + encodeURIComponent(m.code);
        link.title = m.code;
        if (i) members.append("، ");
        members.append(link);
      });
      const hidden = bloc.size - members.querySelectorAll("a").length;
      if (hidden > 0) members.append(` (+${hidden})`);
      item.append(swatch, label, members);
      list.append(item);
    });
  }

  clearEdge() {
    document.getElementById("edge-title").hidden = true;
    document.getElementById("edge-events").replaceChildren();
    document.getElementById("edge-help").hidden = false;
  }

  async showEdge(edge) {
    const win = this.window();
    const data = await getJSON("/api/network/edge?" + query({
      a: edge.source, b: edge.target, level: this.level.value, start: win.start, end: win.end }));
    const title = document.getElementById("edge-title");
    const sign = data.edge.sign === "-" ? this.labels.negative : this.labels.positive;
    const pair = element("bdi", "", `${this.names[data.edge.a] || data.edge.a} – ${this.names[data.edge.b] || data.edge.b}`);
    pair.title = `${data.edge.a} – ${data.edge.b}`;
    const figures = element("bdi", "", `(${data.edge.weight}, ${data.edge.count})`);
    figures.dir = "ltr";
    title.replaceChildren(pair, ` ${sign} `, figures);
    title.hidden = false;
    document.getElementById("edge-help").hidden = true;
    const list = document.getElementById("edge-events");
    list.replaceChildren(...data.evidence.map((item) => this.evidenceItem(item)));
    document.body.dataset.edgeShown = data.edge.a + "|" + data.edge.b;
  }

  evidenceItem(item) {
    const li = element("li", item.weight < 0 ? "neg" : "pos");
    const head = element("div", "edge-event-head",
      `${item.source} → ${item.target} · CAMEO ${item.cameo} · ${item.weight} · ${item.date || this.labels.undated}`);
    li.append(head, sentenceLink(item.sentence, item.doc_ids[0], item.id));
    return li;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const controls = document.getElementById("network-controls");
  if (!controls || typeof cytoscape === "undefined") return;
  const view = new NetworkView(controls);
  view.level.addEventListener("change", () => { view.slider.value = "0"; view.load(); });
  view.top.addEventListener("change", () => view.load());
  view.slider.addEventListener("input", () => view.load());
  view.load().catch((error) => {
    document.getElementById("edge-help").textContent = error.message;
  });
});
