// Maps of the NUTS 2 regions, drawn with Apache ECharts from the boundaries shipped with the
// program: the countries and regions on the regions page, and the map of one indicator. The
// lists and tables beside them hold the same content.
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { TooltipComponent, GeoComponent, AriaComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([MapChart, TooltipComponent, GeoComponent, AriaComponent, VisualMapComponent, CanvasRenderer]);

const PROGRAMME_AREA = ['AT', 'BG', 'EL', 'HR', 'HU', 'IT', 'RO', 'SI', 'SK', 'AL', 'ME', 'MK', 'RS'];
const PALETTE = ['#1d4e89', '#2a7f8f', '#3b6e4f', '#7a5c99', '#9c4a3c', '#4a6fa5', '#5d7a1f', '#8a5a00', '#2f5d62', '#6b4e71', '#3d5a80', '#7b3f61', '#496a81'];

// The boundaries of the programme area's NUTS 2 regions, registered under `name`; null
// when the file cannot be fetched.
async function loadProgrammeArea(container, name) {
  const response = await fetch(container.dataset.geojson);
  if (!response.ok) return null;
  const geo = await response.json();
  geo.features = geo.features.filter((f) => PROGRAMME_AREA.includes(f.properties.CNTR_CODE));
  echarts.registerMap(name, geo);
  return geo;
}

// Draws the regions of map `name` with `data` and `options` (tooltip, visualMap …); a click
// opens the region's page.
function drawRegions(container, name, data, options, areaColor) {
  // The container is hidden until the map can be drawn; ECharts measures it at init.
  container.classList.add('is-ready');
  const chart = echarts.init(container, null, { renderer: 'canvas' });
  chart.setOption({
    aria: { enabled: false },
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
    if (p.name) window.location.href = container.dataset.regionBase + encodeURIComponent(p.name);
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

function start() {
  const container = document.getElementById('region-map');
  if (container) drawMap(container).catch(() => container.remove());
  const indicator = document.getElementById('indicator-map');
  if (indicator) drawIndicatorMap(indicator).catch(() => indicator.remove());
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
// The results and the map are outside each other, so htmx swaps keep the map.
