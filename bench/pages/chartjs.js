// The personnel-per-mission and regional charts in Chart.js 4, drawn without animation, as a course designer
// would set them up.
const COLORS = ['#CC79A7', '#0072B2', '#009E73', '#D55E00'];
const personnelData = () => {
  const missions = peer.missions();
  return {
    labels: missions.map((m) => m.acronym),
    datasets: CATEGORIES.filter(([key]) => peer.counted(key)).map(([key, label]) => ({
      label,
      data: missions.map((m) => m[key]),
      backgroundColor: COLORS[CATEGORIES.findIndex(([k]) => k === key)],
    })),
  };
};
const regionData = () => {
  const totals = peer.regionTotals();
  return { labels: totals.map((t) => t.region), datasets: [{ label: 'Personnel', data: totals.map((t) => t.personnel), backgroundColor: '#B06F00' }] };
};
const options = (stacked) => ({
  indexAxis: 'y',
  animation: false,
  responsive: false,
  scales: { x: { stacked }, y: { stacked } },
});
const personnel = new Chart(document.getElementById('personnel'), { type: 'bar', data: personnelData(), options: options(true) });
const regions = new Chart(document.getElementById('regions'), { type: 'bar', data: regionData(), options: options(false) });
performance.mark('pko:charts-drawn');
peer.buildFilters(() => {
  personnel.data = personnelData();
  personnel.update('none');
  regions.data = regionData();
  regions.update('none');
  performance.measure('pko:redraw', 'pko:input');
});
