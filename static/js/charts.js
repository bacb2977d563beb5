// Maps of the NUTS 2 regions, drawn with Apache ECharts from the boundaries shipped with the
// program: the countries and regions on the regions page, and the map of one indicator. The
// lists and tables beside them hold the same content.
import * as echarts from 'echarts/core';
import { MapChart, LineChart, ScatterChart, GraphChart, BarChart, RadarChart, HeatmapChart, LinesChart } from 'echarts/charts';
import {
  TooltipComponent, GeoComponent, AriaComponent, VisualMapComponent, GridComponent, LegendComponent,
  ToolboxComponent, MarkLineComponent, RadarComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  MapChart, LineChart, ScatterChart, GraphChart, BarChart, RadarChart, HeatmapChart, TooltipComponent, GeoComponent,
  AriaComponent, VisualMapComponent, GridComponent, LegendComponent, ToolboxComponent, MarkLineComponent, RadarComponent,
  CanvasRenderer, LinesChart,
]);

// Every chart can be saved as a PNG picture; the label comes from the page, in its language.
function saveTool(container) {
  return {
    right: 8,
    feature: { saveAsImage: { title: container.dataset.saveLabel || 'PNG', pixelRatio: 2, backgroundColor: '#ffffff' } },
  };
}

function numberFormat(digits) {
  return new Intl.NumberFormat(document.documentElement.lang, { maximumFractionDigits: digits });
}

const PROGRAMME_AREA = ['AT', 'BG', 'EL', 'HR', 'HU', 'IT', 'RO', 'SI', 'SK', 'AL', 'ME', 'MK', 'RS'];
const OUTERMOST = ['PT20', 'PT30', 'ES70', 'FRY'];
const PALETTE = ['#1d4e89', '#2a7f8f', '#3b6e4f', '#7a5c99', '#9c4a3c', '#4a6fa5', '#5d7a1f', '#8a5a00', '#2f5d62', '#6b4e71', '#3d5a80', '#7b3f61', '#496a81'];

// The boundaries of the programme area's NUTS 2 regions (of every European one when the
// container's data-scope is "europe"), registered under `name`; null when the file cannot be
// fetched.
async function loadProgrammeArea(container, name) {
  const response = await fetch(container.dataset.geojson);
  if (!response.ok) return null;
  const geo = await response.json();
  if (container.dataset.scope !== 'europe')
    geo.features = geo.features.filter((f) => PROGRAMME_AREA.includes(f.properties.CNTR_CODE));
  // Drawn, the outermost regions (the Azores, Madeira, the Canaries, the French overseas
  // regions) would shrink the continent to a corner; the table below the map keeps their figures.
  else geo.features = geo.features.filter((f) => !OUTERMOST.some((code) => f.properties.NUTS_ID.startsWith(code)));
  echarts.registerMap(name, geo);
  return geo;
}

// Draws the regions of map `name` with `data` and `options` (tooltip, visualMap …); a click
// opens the region's page (only the programme area's regions have one).
function drawRegions(container, name, data, options, areaColor) {
  // The container is hidden until the map can be drawn; ECharts measures it at init.
  container.classList.add('is-ready');
  const chart = echarts.init(container, null, { renderer: 'canvas' });
  chart.setOption({
    aria: { enabled: false },
    toolbox: saveTool(container),
    ...options,
    series: [
      {
        type: 'map',
        map: name,
        nameProperty: 'NUTS_ID',
        roam: true,
        data,
        itemStyle: { borderColor: '#ffffff', borderWidth: 0.6, ...(areaColor ? { areaColor } : {}) },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#f2b134' } },
        select: { disabled: true },
      },
    ],
  });
  chart.on('click', (p) => {
    if (p.name && PROGRAMME_AREA.includes(p.name.slice(0, 2)))
      window.location.href = container.dataset.regionBase + encodeURIComponent(p.name);
  });
  window.addEventListener('resize', () => chart.resize());
  return chart;
}

async function drawMap(container) {
  const geo = await loadProgrammeArea(container, 'programme-area');
  if (!geo) return;
  // Region names as the platform keeps them (the boundary file has the source's spellings).
  const names = new Map();
  try {
    const api = await fetch('/api/v1/regions?level=2&limit=500');
    if (api.ok) for (const r of (await api.json()).items) names.set(r.code, r.name_latin);
  } catch {
    // The boundary file's names serve when the API cannot be reached.
  }
  // The country chosen in the filter stands out; the others fade.
  const dataFor = (selected) =>
    geo.features.map((f) => {
      const country = f.properties.CNTR_CODE;
      const faded = selected && selected !== country;
      return {
        name: f.properties.NUTS_ID,
        label: names.get(f.properties.NUTS_ID) ?? f.properties.NAME_LATN,
        itemStyle: { areaColor: faded ? '#d5dde6' : PALETTE[PROGRAMME_AREA.indexOf(country) % PALETTE.length] },
      };
    });
  const countrySelect = document.getElementById('region-country');
  const chart = drawRegions(container, 'programme-area', dataFor(countrySelect ? countrySelect.value : ''), {
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      formatter: (p) => `${p.name} ${p.data ? p.data.label : ''}`,
    },
  });
  document.addEventListener('htmx:afterSwap', () => {
    chart.setOption({ series: [{ data: dataFor(countrySelect ? countrySelect.value : '') }] });
  });
}

// Regions coloured by the figures the page carries in data-values (region code → value).
async function drawIndicatorMap(container) {
  const values = JSON.parse(container.dataset.values || '{}');
  const codes = Object.keys(values);
  if (codes.length === 0) return;
  const geo = await loadProgrammeArea(container, 'programme-area-values');
  if (!geo) return;
  const names = new Map(geo.features.map((f) => [f.properties.NUTS_ID, f.properties.NAME_LATN]));
  for (const row of document.querySelectorAll('table tbody th a')) {
    const code = row.getAttribute('href').split('/').pop();
    names.set(code, row.textContent);
  }
  const numbers = codes.map((c) => values[c]);
  const format = new Intl.NumberFormat(document.documentElement.lang, { maximumFractionDigits: 2 });
  drawRegions(container, 'programme-area-values', codes.map((c) => ({ name: c, value: values[c] })), {
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      formatter: (p) => `${names.get(p.name) ?? p.name} (${p.name}): ${Number.isFinite(p.value) ? format.format(p.value) : '–'}`,
    },
    visualMap: {
      min: Math.min(...numbers),
      max: Math.max(...numbers),
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 8,
      text: [format.format(Math.max(...numbers)), format.format(Math.min(...numbers))],
      inRange: { color: ['#e3f2f1', '#2a7f8f', '#0b2a4a'] },
    },
  }, '#d5dde6');
}

// The centre of a region for the transfer map: the middle of the bounding box of its largest
// ring, which stays inside the region for the compact NUTS 2 shapes.
function centreOf(feature) {
  const g = feature.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  let best = null;
  let bestArea = -1;
  for (const polygon of polygons) {
    const ring = polygon[0];
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    const box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    const area = (box[2] - box[0]) * (box[3] - box[1]);
    if (area > bestArea) {
      bestArea = area;
      best = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
    }
  }
  return best;
}

// Origin → destination flows between the regions' centres, thicker for more transfers; a
// slider (made here, the page's year filter serves without JavaScript) shows the flows of the
// transfers adopted up to a year.
async function drawTransferMap(container) {
  const flows = JSON.parse(container.dataset.flows || '[]');
  if (flows.length === 0) return;
  const names = JSON.parse(container.dataset.names || '{}');
  const geo = await loadProgrammeArea(container, 'programme-area-transfers');
  if (!geo) return;
  const centres = new Map();
  for (const f of geo.features) centres.set(f.properties.NUTS_ID, centreOf(f));
  const first = Number(container.dataset.firstYear);
  const last = Number(container.dataset.lastYear);
  const chosen = Number(container.dataset.year) || 0;
  const dataUntil = (year) => {
    const pairs = new Map();
    for (const f of flows) {
      if (chosen ? f.y !== chosen : f.y > year) continue;
      const key = `${f.o}>${f.d}`;
      pairs.set(key, { o: f.o, d: f.d, n: (pairs.get(key)?.n ?? 0) + f.n });
    }
    const lines = [];
    const points = new Map();
    for (const p of pairs.values()) {
      const from = centres.get(p.o);
      const to = centres.get(p.d);
      if (!from || !to) continue;
      lines.push({ coords: [from, to], value: p.n, label: `${names[p.o] ?? p.o} → ${names[p.d] ?? p.d}`, lineStyle: { width: 1 + 1.5 * p.n } });
      points.set(p.o, from);
      points.set(p.d, to);
    }
    return { lines, points: [...points].map(([code, c]) => ({ name: names[code] ?? code, value: c })) };
  };
  container.classList.add('is-ready');
  const chart = echarts.init(container, null, { renderer: 'canvas' });
  const draw = (year) => {
    const { lines, points } = dataUntil(year);
    chart.setOption({
      aria: { enabled: false },
      toolbox: saveTool(container),
      tooltip: { trigger: 'item', renderMode: 'richText', formatter: (p) => (p.seriesType === 'lines' ? `${p.data.label}: ${p.data.value}` : p.name) },
      geo: { map: 'programme-area-transfers', nameProperty: 'NUTS_ID', roam: true, itemStyle: { areaColor: '#e3e9ef', borderColor: '#ffffff', borderWidth: 0.6 }, emphasis: { disabled: true } },
      series: [
        { type: 'lines', coordinateSystem: 'geo', data: lines, symbol: ['none', 'arrow'], symbolSize: 9, lineStyle: { color: '#1d4e89', opacity: 0.8, curveness: 0.2 } },
        { type: 'scatter', coordinateSystem: 'geo', data: points, symbolSize: 7, itemStyle: { color: '#9c4a3c' } },
      ],
    }, { replaceMerge: ['series'] });
  };
  draw(last);
  window.addEventListener('resize', () => chart.resize());
  if (chosen || !(first < last)) return;
  // The slider: a labelled range input placed before the map, announced as it moves.
  const wrap = document.createElement('div');
  wrap.className = 'field transfer-slider';
  const label = document.createElement('label');
  label.htmlFor = 'transfer-until';
  const output = document.createElement('output');
  output.id = 'transfer-until-value';
  output.setAttribute('for', 'transfer-until');
  output.textContent = String(last);
  label.append(`${container.dataset.untilLabel} `, output);
  const slider = document.createElement('input');
  slider.type = 'range';
  slider.id = 'transfer-until';
  slider.min = String(first);
  slider.max = String(last);
  slider.step = '1';
  slider.value = String(last);
  slider.addEventListener('input', () => {
    output.textContent = slider.value;
    draw(Number(slider.value));
  });
  wrap.append(label, slider);
  container.parentElement.insertBefore(wrap, container);
}

// A chart container made visible and ready; ECharts measures it at init.
function initChart(container) {
  container.classList.add('is-ready');
  const chart = echarts.init(container, null, { renderer: 'canvas' });
  window.addEventListener('resize', () => chart.resize());
  return chart;
}

// People in employment and GDP per inhabitant over the years, each on its own axis.
function drawTrend(container) {
  const trend = JSON.parse(container.dataset.trend || '{}');
  const jobs = trend.jobs || [];
  const gdp = trend.gdp || [];
  if (jobs.length + gdp.length === 0) return;
  const format = numberFormat(1);
  const series = [];
  const yAxis = [];
  if (jobs.length) {
    yAxis.push({ type: 'value', name: container.dataset.jobsLabel, scale: true, axisLabel: { formatter: (v) => format.format(v) } });
    series.push({ type: 'line', name: container.dataset.jobsLabel, data: jobs, yAxisIndex: 0, symbolSize: 7, lineStyle: { width: 3 }, color: '#1d4e89' });
  }
  if (gdp.length) {
    yAxis.push({ type: 'value', name: container.dataset.gdpLabel, scale: true, splitLine: { show: false }, axisLabel: { formatter: (v) => format.format(v) } });
    series.push({ type: 'line', name: container.dataset.gdpLabel, data: gdp, yAxisIndex: yAxis.length - 1, symbol: 'diamond', symbolSize: 8, lineStyle: { width: 3, type: 'dashed' }, color: '#8a5a00' });
  }
  initChart(container).setOption({
    aria: { enabled: false },
    toolbox: saveTool(container),
    tooltip: { trigger: 'axis', valueFormatter: (v) => format.format(v) },
    legend: { top: 0, left: 0 },
    grid: { left: 64, right: 72, top: 64, bottom: 32 },
    xAxis: { type: 'value', min: 'dataMin', max: 'dataMax', minInterval: 1, axisLabel: { formatter: (v) => String(v) } },
    yAxis,
    series,
  });
}

// The region's sectors: location quotient across, yearly growth up, jobs as the circle's size.
function drawBubbles(container) {
  const sectors = JSON.parse(container.dataset.bubbles || '[]');
  if (sectors.length === 0) return;
  const largest = Math.max(...sectors.map((s) => s.jobs));
  const format = numberFormat(2);
  initChart(container).setOption({
    aria: { enabled: false },
    toolbox: saveTool(container),
    grid: { left: 64, right: 32, top: 40, bottom: 56 },
    tooltip: {
      trigger: 'item',
      formatter: (p) => `${p.data.name} (${p.data.sector})<br>${container.dataset.xLabel}: ${format.format(p.data.value[0])}<br>${container.dataset.yLabel}: ${format.format(p.data.value[1])}`,
    },
    xAxis: { type: 'value', name: container.dataset.xLabel, nameLocation: 'middle', nameGap: 32, scale: true },
    yAxis: { type: 'value', name: container.dataset.yLabel, scale: true },
    series: [{
      type: 'scatter',
      data: sectors.map((s) => ({ name: s.name, sector: s.sector, value: [s.lq, s.growth, s.jobs] })),
      symbolSize: (v) => 12 + 48 * Math.sqrt(v[2] / largest),
      itemStyle: { color: 'rgba(42, 127, 143, 0.55)', borderColor: '#0b2a4a' },
      label: { show: true, formatter: (p) => p.data.sector, color: '#102a43', fontWeight: 600 },
      markLine: {
        silent: true,
        symbol: 'none',
        lineStyle: { color: '#52606d', type: 'dashed' },
        data: [{ xAxis: 1 }, { yAxis: 0 }],
        label: { show: false },
      },
    }],
  });
}

// A colour between light teal (t = 0) and dark blue (t = 1).
function shade(t) {
  const from = [227, 242, 241];
  const to = [11, 42, 74];
  const c = from.map((f, i) => Math.round(f + (to[i] - f) * Math.min(1, Math.max(0, t))));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

// The strongest links that keep every sector in one network (a maximum spanning tree, as
// the Atlas of Economic Complexity draws its product space).
function spanningTree(ids, links) {
  const inTree = new Set([ids[0]]);
  const tree = [];
  while (inTree.size < ids.length) {
    let best = null;
    for (const l of links) {
      if (inTree.has(l.source) === inTree.has(l.target)) continue;
      if (!best || l.value > best.value) best = l;
    }
    if (!best) break;
    tree.push(best);
    inTree.add(inTree.has(best.source) ? best.target : best.source);
  }
  return tree;
}

// The sectors as a network: the spanning tree and every link with a proximity of 0.5 or
// more; larger circles employ more people, darker ones are more complex.
function drawNetwork(container) {
  const network = JSON.parse(container.dataset.network || '{}');
  const nodes = network.nodes || [];
  if (nodes.length === 0) return;
  const tree = new Set(spanningTree(nodes.map((n) => n.id), network.links));
  const links = network.links.filter((l) => l.value >= 0.5 || tree.has(l));
  const largest = Math.max(...nodes.map((n) => n.jobs));
  const low = Math.min(...nodes.map((n) => n.pci));
  const high = Math.max(...nodes.map((n) => n.pci));
  const format = numberFormat(2);
  const chart = initChart(container);
  chart.setOption({
    aria: { enabled: false },
    toolbox: saveTool(container),
    tooltip: { formatter: (p) => (p.dataType === 'edge' ? `${p.data.source} – ${p.data.target}: ${format.format(p.data.value)}` : `${p.data.label}`) },
    series: [{
      type: 'graph',
      layout: 'force',
      roam: true,
      force: { repulsion: 380, edgeLength: [50, 160], gravity: 0.1 },
      data: nodes.map((n) => ({
        name: n.id,
        label: `${n.name} (${n.id})`,
        symbolSize: 18 + 42 * Math.sqrt(n.jobs / largest),
        itemStyle: { color: shade(high > low ? (n.pci - low) / (high - low) : 0.5) },
      })),
      links: links.map((l) => ({ source: l.source, target: l.target, value: l.value, lineStyle: { width: 1 + 6 * l.value, opacity: 0.35 + 0.5 * l.value } })),
      label: { show: true, formatter: (p) => p.data.name, color: '#102a43', fontWeight: 600, position: 'right' },
      itemStyle: { borderColor: '#0b2a4a', borderWidth: 1 },
      lineStyle: { color: '#52606d', curveness: 0.1 },
      emphasis: { focus: 'adjacency' },
    }],
  });
  chart.on('click', (p) => {
    if (p.dataType === 'node') window.location.href = `${window.location.pathname.replace(/\/$/, '')}/${encodeURIComponent(p.data.name)}`;
  });
}

// Regions side by side: for each sector, one bar per region with the sector's share of jobs.
function drawCompare(container) {
  const data = JSON.parse(container.dataset.compare || '{}');
  if (!data.regions || data.regions.length === 0) return;
  const format = numberFormat(1);
  initChart(container).setOption({
    aria: { enabled: false },
    toolbox: saveTool(container),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => (v == null ? '–' : `${format.format(v)} %`) },
    legend: { top: 0, left: 0 },
    grid: { left: 56, right: 16, top: 48, bottom: 32 },
    xAxis: { type: 'category', data: data.sectors },
    yAxis: { type: 'value', name: container.dataset.axisLabel },
    series: data.regions.map((r, i) => ({ type: 'bar', name: r.code, data: r.shares, color: PALETTE[i % PALETTE.length] })),
  });
}

// A region's six thematic areas on a radar: the past, current and target mean levels, each a
// line of its own colour and dash so that they differ without colour too.
function drawRadar(container) {
  const radar = JSON.parse(container.dataset.radar || '{}');
  if (!radar.axes || radar.axes.length === 0) return;
  const format = new Intl.NumberFormat(document.documentElement.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const styles = [
    { color: '#8a5a00', type: 'dotted', symbol: 'triangle' },
    { color: '#1d4e89', type: 'solid', symbol: 'circle' },
    { color: '#2a7f8f', type: 'dashed', symbol: 'rect' },
  ];
  const chart = initChart(container);
  // Measured once drawn: the container is hidden until then.
  const narrow = container.clientWidth < 640;
  chart.setOption({
    aria: { enabled: false },
    toolbox: saveTool(container),
    tooltip: { trigger: 'item', valueFormatter: (v) => (v == null ? '–' : format.format(v)) },
    legend: { top: 0, left: 0 },
    radar: {
      // A phone has room for the areas' codes only; the table below names them.
      indicator: radar.axes.map((a) => ({ name: narrow ? a.code : `${a.code} ${a.name}`, max: a.max, min: 0 })),
      center: ['50%', '56%'],
      radius: narrow ? '70%' : '66%',
      splitNumber: 5,
      axisName: { color: '#1b2430', width: 110, overflow: 'break' },
    },
    series: [{
      type: 'radar',
      data: radar.series.map((s, i) => ({
        name: s.name,
        value: s.values.map((v) => (v == null ? '-' : v)),
        symbol: styles[i % styles.length].symbol,
        symbolSize: 7,
        lineStyle: { width: 2.5, type: styles[i % styles.length].type, color: styles[i % styles.length].color },
        itemStyle: { color: styles[i % styles.length].color },
      })),
    }],
  });
}

// Regions × thematic areas coloured by the mean current level, with the number in each cell.
function drawHeatmap(container) {
  const heat = JSON.parse(container.dataset.heatmap || '{}');
  if (!heat.regions || heat.regions.length === 0) return;
  // One decimal always, as the table writes the means.
  const format = new Intl.NumberFormat(document.documentElement.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  container.style.height = `${Math.max(16, 4 + heat.regions.length * 2.2)}rem`;
  initChart(container).setOption({
    aria: { enabled: false },
    toolbox: saveTool(container),
    tooltip: { formatter: (p) => `${heat.regions[p.value[1]]} · ${heat.areas[p.value[0]]}: ${format.format(p.value[2])}` },
    grid: { left: 8, right: 16, top: 40, bottom: 64, containLabel: true },
    xAxis: { type: 'category', data: heat.areas, position: 'top', splitArea: { show: true } },
    yAxis: { type: 'category', data: heat.regions, inverse: true, splitArea: { show: true } },
    visualMap: {
      min: 1, max: 5, calculable: false, orient: 'horizontal', left: 'center', bottom: 8,
      inRange: { color: ['#e3f2f1', '#9fd3cf', '#3f9c9a', '#1d5f8a', '#0b2a4a'] },
    },
    series: [{
      type: 'heatmap',
      data: heat.cells,
      label: { show: true, formatter: (p) => format.format(p.value[2]) },
      emphasis: { itemStyle: { borderColor: '#f2b134', borderWidth: 2 } },
    }],
  });
}

// Pilots' mean achievement as horizontal bars, best first, with the figure at the end of each
// bar; a line at 100 % marks the target. The ranking table holds the same figures.
function drawAchievement(container) {
  const data = JSON.parse(container.dataset.bars || '{}');
  if (!data.names || !data.values || data.values.every((v) => v == null)) return;
  const format = numberFormat(0);
  container.style.height = `${Math.max(14, 4 + data.names.length * 2.4)}rem`;
  initChart(container).setOption({
    aria: { enabled: false },
    toolbox: saveTool(container),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => (v == null ? '–' : `${format.format(v)} %`) },
    grid: { left: 8, right: 56, top: 40, bottom: 32, containLabel: true },
    // At least up to 100 %, so that the target line shows however far the pilots got.
    xAxis: { type: 'value', name: container.dataset.axisLabel, nameLocation: 'middle', nameGap: 24, min: 0, max: (v) => Math.max(100, Math.ceil(v.max / 10) * 10) },
    yAxis: {
      type: 'category', data: data.names, inverse: true,
      axisLabel: { width: container.clientWidth < 640 ? 120 : 260, overflow: 'truncate' },
    },
    series: [{
      type: 'bar',
      data: data.values,
      itemStyle: { color: '#1d4e89' },
      label: { show: true, position: 'right', formatter: (p) => (p.value == null ? '–' : `${format.format(p.value)} %`) },
      markLine: { silent: true, symbol: 'none', lineStyle: { color: '#52606d', type: 'dashed' }, data: [{ xAxis: 100 }], label: { position: 'start', formatter: '100 %' } },
    }],
  });
}

// Each pilot's mean achievement per reporting period, one line each, told apart by dash and
// marker shape as well as colour. The table below holds the same figures.
function drawProgress(container) {
  const data = JSON.parse(container.dataset.lines || '{}');
  if (!data.series || data.series.length === 0 || !data.periods || data.periods.length === 0) return;
  const format = numberFormat(0);
  const dashes = ['solid', 'dashed', 'dotted'];
  const symbols = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow'];
  initChart(container).setOption({
    aria: { enabled: false },
    toolbox: saveTool(container),
    tooltip: { trigger: 'axis', valueFormatter: (v) => (v == null ? '–' : `${format.format(v)} %`) },
    legend: { type: 'scroll', top: 0, left: 0, right: 72 },
    grid: { left: 56, right: 24, top: 56, bottom: 32 },
    xAxis: { type: 'category', data: data.periods },
    yAxis: { type: 'value', name: container.dataset.axisLabel, min: 0, max: (v) => Math.max(100, Math.ceil(v.max / 10) * 10) },
    series: data.series.map((s, i) => ({
      type: 'line',
      name: s.name,
      data: s.values,
      connectNulls: true,
      symbol: symbols[i % symbols.length],
      symbolSize: 8,
      color: PALETTE[i % PALETTE.length],
      lineStyle: { width: 2.5, type: dashes[i % dashes.length] },
    })),
  });
}

// Absorption — spent as a share of planned — as one bar per partner or cost category, with a
// line at 100 %; the table above the chart holds the same figures.
function drawAbsorption(container) {
  const data = JSON.parse(container.dataset.bars || '{}');
  if (!data.labels || data.labels.length === 0) return;
  const format = numberFormat(1);
  container.style.height = `${Math.max(14, 4 + data.labels.length * 2.2)}rem`;
  initChart(container).setOption({
    aria: { enabled: false },
    toolbox: saveTool(container),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => (v == null ? '–' : `${format.format(v)} %`) },
    grid: { left: 8, right: 32, top: 40, bottom: 24, containLabel: true },
    xAxis: { type: 'value', name: container.dataset.axisLabel, nameLocation: 'middle', nameGap: 28, axisLabel: { formatter: (v) => `${v} %` } },
    yAxis: { type: 'category', data: data.labels, inverse: true, axisLabel: { width: 180, overflow: 'truncate' } },
    series: [{
      type: 'bar',
      data: data.values,
      color: '#1d4e89',
      label: { show: true, position: 'right', formatter: (p) => (p.value == null ? '' : `${format.format(p.value)} %`) },
      markLine: { silent: true, symbol: 'none', data: [{ xAxis: 100 }], lineStyle: { color: '#a3261b', type: 'dashed' }, label: { formatter: '100 %' } },
    }],
  });
}

// Spent beside planned in euro per reporting period: two bars per period, told apart by
// colour and by pattern (the planned bar is outlined).
function drawPeriodBudget(container) {
  const data = JSON.parse(container.dataset.periods || '{}');
  if (!data.labels || data.labels.length === 0) return;
  const format = numberFormat(0);
  initChart(container).setOption({
    aria: { enabled: false },
    toolbox: saveTool(container),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `${format.format(v)} €` },
    legend: { top: 0, left: 0 },
    grid: { left: 8, right: 16, top: 48, bottom: 24, containLabel: true },
    xAxis: { type: 'category', data: data.labels },
    yAxis: { type: 'value', axisLabel: { formatter: (v) => `${format.format(v)} €` } },
    series: [
      { type: 'bar', name: container.dataset.plannedLabel, data: data.planned, itemStyle: { color: '#ffffff', borderColor: '#1d4e89', borderWidth: 2 } },
      { type: 'bar', name: container.dataset.spentLabel, data: data.spent, itemStyle: { color: '#2a7f8f' } },
    ],
  });
}

function start() {
  const container = document.getElementById('region-map');
  if (container) drawMap(container).catch(() => container.remove());
  const indicator = document.getElementById('indicator-map');
  if (indicator) drawIndicatorMap(indicator).catch(() => indicator.remove());
  const transfers = document.getElementById('transfer-map');
  if (transfers) drawTransferMap(transfers).catch(() => transfers.remove());
  const drawings = [['trend-chart', drawTrend], ['bubble-chart', drawBubbles], ['sector-network', drawNetwork], ['compare-chart', drawCompare],
    ['radar-chart', drawRadar], ['heatmap-chart', drawHeatmap],
    ['achievement-chart', drawAchievement], ['progress-chart', drawProgress],
    ['partner-absorption-chart', drawAbsorption], ['category-absorption-chart', drawAbsorption], ['period-budget-chart', drawPeriodBudget]];
  for (const [id, draw] of drawings) {
    const element = document.getElementById(id);
    if (!element) continue;
    try {
      draw(element);
    } catch {
      element.remove();
    }
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
// The results and the map are outside each other, so htmx swaps keep the map.
