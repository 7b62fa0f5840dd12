// Runs before the page is first painted: the page holds the explorer's first view, drawn at build time
// (crates/core/src/first_view.rs), and this decides whether it is the view the reader asked for. A link that asks
// for another view (any parameter but the URL's version, which the app writes into every address: a filter,
// `lang`, `theme`, `embed`, `mission`) or a browser whose preferred language is another of the explorer's must
// never flash the default English view first: the stylesheet then shows a quiet loading line in its place. The
// classes on <html>: `js`, scripts run (the first view's tables and its note on what needs scripts are for pages
// without); `other-view`, the first view is not the view asked for; `embed-view`, nor is its layout (an embed is
// one chart in a frame that takes its height from the page). `cargo xtask dist` fills in the app's languages
// (pko_core::lang::Lang), the first being the first view's, and the URL's version (pko_core::state::URL_VERSION).
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  var languages = '__LANGUAGES__'.split(' ');
  // As the app chooses (Lang::from_preferences over navigator.languages): the first preferred language it has.
  var preferred = navigator.languages || [];
  var chosen = languages[0];
  for (var i = 0; i < preferred.length; i++) {
    var primary = String(preferred[i]).split(/[-_]/)[0].toLowerCase();
    if (languages.indexOf(primary) >= 0) {
      chosen = primary;
      break;
    }
  }
  var asked = location.search.slice(1).split('&').filter(function (pair) {
    return pair !== '' && pair !== 'v=__URL_VERSION__';
  });
  if (asked.length > 0 || chosen !== languages[0]) root.classList.add('other-view');
  if (/(^|&)embed=/.test(location.search.slice(1))) root.classList.add('embed-view');

  // A reader may use the first view's controls before the app has started: for seconds on a slow network. Such a
  // use is not lost. A control that changes the view names the view it asks for (`data-view`, the address query
  // printed by the app's own code, pko_core::first_view): the script puts that query in the address, shows the
  // control chosen, and dims the charts, which no longer show the view asked for (`pending-view`); the app then
  // starts on that view. Until it does, the controls rest (`inert`), since a second choice cannot be added to the
  // first without the app's rules. Any other use (a menu, a table, the theme, the choice already shown) shows the
  // loading line (`waiting`); so does a use the script cannot keep: once the app has begun to build its page (in
  // `#app > .taking-over`) it has read the address, and where the address cannot change (an opaque origin may
  // refuse `replaceState`). A use that is not kept is undone, so that no control shows a choice the app will not
  // start on. The button that unfolds the filters on a phone works at once, as the app's does.
  var firstView = function (selector) {
    return document.querySelectorAll('.first-view ' + selector);
  };
  var kept = function (control, view) {
    root.classList.add('waiting');
    if (!view || document.querySelector('#app > .taking-over') || root.classList.contains('pending-view')) return false;
    try {
      history.replaceState(history.state, '', '?' + view + location.hash);
    } catch (refused) {
      return false;
    }
    if (control.getAttribute('aria-pressed')) {
      // In a group of choices (an order, a scale) the one shown before is no longer chosen.
      var group = control.parentNode.classList.contains('group') ? control.parentNode.children : [];
      for (var i = 0; i < group.length; i++) group[i].setAttribute('aria-pressed', 'false');
      control.setAttribute('aria-pressed', 'true');
    }
    root.classList.add('pending-view');
    var resting = firstView('.needs-app');
    for (var j = 0; j < resting.length; j++) resting[j].inert = true;
    return true;
  };
  document.addEventListener('click', function (event) {
    var target = event.target;
    var fold = target.closest && target.closest('.first-view .filter-fold');
    if (fold) {
      var open = firstView('.filter-area')[0].classList.toggle('open');
      fold.setAttribute('aria-expanded', String(open));
      return;
    }
    var control = target.closest && target.closest('.first-view button, .first-view summary, .first-view input');
    // A click on a checkbox ticks it, and on a menu opens it (with nothing in it yet): a use not kept does neither.
    if (control && !kept(control, control.getAttribute('data-view'))) event.preventDefault();
  });
  document.addEventListener('change', function (event) {
    var select = event.target;
    if (!select.matches || !select.matches('.first-view select')) return;
    var keep = kept(select, select.options[select.selectedIndex].getAttribute('data-view'));
    // The choice kept becomes the one a later, refused change goes back to.
    for (var i = 0; i < select.options.length; i++) {
      var option = select.options[i];
      if (keep) option.defaultSelected = option.selected;
      else option.selected = option.defaultSelected;
    }
  });
})();
