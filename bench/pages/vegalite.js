// The same two charts in Vega-Lite 6 with vega-embed, on the canvas renderer and without actions, updated through
// the view's data API rather than re-embedded.
const longRows = () =>
  peer.missions().flatMap((m) => CATEGORIES.filter(([key]) => peer.counted(key)).map(([key, label]) => ({ acronym: m.acronym, total: m.total, category: label, count: m[key] })));
const personnelSpec = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  width: 560,
  height: { step: 18 },
  data: { name: 'table' },
  mark: 'bar',
  encoding: {
    y: { field: 'acronym', type: 'nominal', sort: { field: 'total', order: 'descending' } },
    x: { field: 'count', type: 'quantitative', aggregate: 'sum', title: 'Personnel' },
    color: { field: 'category', type: 'nominal' },
  },
};
const regionSpec = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  width: 560,
  data: { name: 'regions' },
  mark: 'bar',
  encoding: { y: { field: 'region', type: 'nominal' }, x: { field: 'personnel', type: 'quantitative' } },
};
const embedOptions = { actions: false, renderer: 'canvas' };
Promise.all([
  vegaEmbed('#personnel', personnelSpec, embedOptions).then((result) => result.view.data('table', longRows()).runAsync()),
  vegaEmbed('#regions', regionSpec, embedOptions).then((result) => result.view.data('regions', peer.regionTotals()).runAsync()),
]).then(([personnel, regions]) => {
  performance.mark('pko:charts-drawn');
  peer.buildFilters(async () => {
    await Promise.all([personnel.data('table', longRows()).runAsync(), regions.data('regions', peer.regionTotals()).runAsync()]);
    performance.measure('pko:redraw', 'pko:input');
  });
});
