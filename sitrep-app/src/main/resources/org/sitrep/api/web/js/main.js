// Sitrep web app: a hash-routed page over the JSON API (/api), in plain JavaScript modules served
// from the jar. Routes: #/search, #/article/ID, #/actors, #/actor/NAME, #/events, #/stories,
// #/story/ID. Every page renders from API JSON through dom.js (text nodes, never markup).
import {failure, loading} from './dom.js';
import {searchPage} from './search.js';
import {articlePage} from './article.js';
import {actorPage, actorsPage} from './actor.js';
import {eventsPage} from './events.js';
import {storiesPage, storyPage} from './story.js';

const PAGES = [
  ['/article/', articlePage],
  ['/actor/', actorPage],
  ['/story/', storyPage],
];
const LISTS = {'/events': eventsPage, '/actors': actorsPage, '/stories': storiesPage, '/search': searchPage};

let current = 0;

async function dispatch() {
  const started = performance.now();
  const hash = location.hash.replace(/^#/, '') || '/search';
  const q = hash.indexOf('?');
  const path = q < 0 ? hash : hash.substring(0, q);
  const params = Object.fromEntries(new URLSearchParams(q < 0 ? '' : hash.substring(q + 1)).entries());
  const run = ++current;
  loading();
  markNav(path);
  try {
    const page = PAGES.find(([prefix]) => path.startsWith(prefix));
    if (page) {
      await page[1](decodeURIComponent(path.substring(page[0].length)), params);
    } else {
      await (LISTS[path] || searchPage)(params);
    }
    if (params.section) {
      const target = document.getElementById(params.section);
      if (target) target.scrollIntoView();
    }
  } catch (e) {
    if (run === current) failure(e);
  }
  // The browser test reads how long the page took (API calls and rendering).
  document.body.dataset.renderMs = String(Math.round(performance.now() - started));
}

// Which menu entry a route belongs to, for aria-current.
const SECTION = {'/article': '/search', '/actor': '/actors', '/story': '/stories'};

function markNav(path) {
  const first = '/' + (path.split('/')[1] || 'search');
  const section = SECTION[first] || first;
  for (const a of document.querySelectorAll('header nav a')) {
    if (a.getAttribute('href') === '#' + section) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

window.addEventListener('hashchange', dispatch);
dispatch();
