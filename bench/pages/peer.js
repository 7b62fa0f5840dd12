// What both peer pages share: the filters (regions and categories, as toggles) and the rows they select, from
// window.MISSIONS (written from data/missions.csv by run.mjs), and the same User Timing marks as the app.
window.REGIONS = ['Africa', 'Asia', 'Middle East', 'Europe', 'Americas'];
window.CATEGORIES = [
  ['civilian', 'Civilians'],
  ['military_observers', 'Military observers'],
  ['troops', 'Troops'],
  ['civilian_police', 'Civilian police'],
];
window.peer = {
  regions: new Set(),
  categories: new Set(),
  counted(category) {
    return this.categories.size === 0 || this.categories.has(category);
  },
  missions() {
    return window.MISSIONS.filter((m) => this.regions.size === 0 || this.regions.has(m.region))
      .map((m) => ({ ...m, total: CATEGORIES.reduce((sum, [key]) => sum + (this.counted(key) ? m[key] : 0), 0) }))
      .filter((m) => this.categories.size === 0 || m.total > 0)
      .sort((a, b) => b.total - a.total);
  },
  regionTotals() {
    return REGIONS.map((region) => ({
      region,
      personnel: window.MISSIONS.filter((m) => m.region === region)
        .reduce((sum, m) => sum + CATEGORIES.reduce((s, [key]) => s + (this.counted(key) ? m[key] : 0), 0), 0),
    }));
  },
  buildFilters(onChange) {
    const bar = document.getElementById('filters');
    const toggle = (set, value, button) => {
      set.has(value) ? set.delete(value) : set.add(value);
      button.setAttribute('aria-pressed', String(set.has(value)));
      onChange();
    };
    for (const region of REGIONS) {
      const button = Object.assign(document.createElement('button'), { textContent: region });
      button.onclick = () => toggle(this.regions, region, button);
      bar.append(button);
    }
    for (const [key, label] of CATEGORIES) {
      const button = Object.assign(document.createElement('button'), { textContent: label });
      button.onclick = () => toggle(this.categories, key, button);
      bar.append(button);
    }
    document.addEventListener('click', () => performance.mark('pko:input'), true);
  },
};
