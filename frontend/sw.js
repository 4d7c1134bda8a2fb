// Ponte's service worker: the app opens with no network after one visit.
//
// - Pages (navigations) go to the network first, falling back to the cached shell of
//   their app (the visitor app, the citizen app for sign-up and check-in, the
//   questions app for surveys and reports), so a citizen gets the newest app when
//   online and the app when not. A centre's page is rendered by the server: it is kept
//   under its own address. A page never opened online (no copy, no shell) gets
//   `/offline.html`, kept at install: it says so in every language of the apps.
// - Built files have content hashes in their names: cache-first, kept as they come.
// - GETs of the public API (a centre, the programmes, the skills survey) are
//   network-first with the last answer kept, so the apps' pages show a centre's name
//   offline and a survey can be begun without a network.
// - Writes (POST) are never cached or replayed here: the app keeps its own outbox with
//   submission ids, which is what makes them exactly-once.
const CACHE = "ponte-v1";
// The citizen app's pages (sign-up, pass, check-in) and the questions app's (surveys,
// reports), whatever the centre code in the address.
const CITIZEN_PAGE = /^\/(c\/[^/]+\/(register|checkin)|e\/\d+)$/;
const QUESTIONS_PAGE = /^\/(c\/[^/]+\/(survey|experience|feedback)|feedback)$/;
// The staff console keeps its own shell, so it never takes the citizens' place.
const STAFF_PAGE = /^\/staff(\/.*)?$/;
// A centre's tablet: its own shell, so it opens offline after a power cut.
const KIOSK_PAGE = /^\/kiosk\/?$/;
// What a page never opened online shows offline.
const OFFLINE = "/offline.html";
// The pages the server renders (a centre's, /privacy, /accessibility): each kept under its own address,
// never as a shell.
const SERVER_PAGE = /^\/(c\/[^/]+|privacy|accessibility)\/?$/;
const shellOf = (path) =>
  CITIZEN_PAGE.test(path) ? "/citizen/" : QUESTIONS_PAGE.test(path) ? "/questions/" : STAFF_PAGE.test(path) ? "/staff/" : KIOSK_PAGE.test(path) ? "/kiosk/"
    : SERVER_PAGE.test(path) ? path.replace(/\/$/, "") : "/";

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(["/", OFFLINE])).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

async function networkFirst(request, fallbackKey) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) cache.put(fallbackKey || request, response.clone());
    return response;
  } catch (e) {
    // No copy and no shell: say so plainly (never another app's shell, whose router
    // would only reload).
    const cached = (await cache.match(fallbackKey || request)) || (fallbackKey && (await cache.match(OFFLINE)));
    if (cached) return cached;
    throw e;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) cache.put(request, response.clone());
  return response;
}

// The first visit happens before this worker controls the page, so its files went past
// it. The page sends what it loaded; keeping those makes the second visit work offline.
self.addEventListener("message", (event) => {
  const { warm, page } = event.data || {};
  if (!Array.isArray(warm)) return;
  const same = (u) => new URL(u, self.location.origin).origin === self.location.origin;
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      const keep = warm.filter(same).filter((u) => !new URL(u).pathname.startsWith("/api/") ||
        /^\/api\/v1\/(programmes|centres\/[^/]+|surveys\/digcomp)$/.test(new URL(u).pathname));
      await Promise.all(keep.map((u) => cache.match(u).then((hit) => hit || cache.add(u).catch(() => {}))));
      if (typeof page === "string") {
        const response = await fetch(page).catch(() => null);
        if (response && response.ok) await cache.put(shellOf(page), response);
      }
    })
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(request, shellOf(url.pathname)));
  } else if (url.pathname.startsWith("/api/v1/")) {
    if (/^\/api\/v1\/(programmes|centres\/[^/]+|surveys\/digcomp)$/.test(url.pathname)) {
      event.respondWith(networkFirst(request));
    }
  } else {
    event.respondWith(cacheFirst(request));
  }
});
