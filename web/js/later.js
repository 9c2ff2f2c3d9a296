// The modules the first frame does not need, bundled into app-later.js and
// fetched after it (deferred.js): the accessible form, the bench card,
// copying and downloads. Messages the app posted for them before they
// arrived are waiting in the bridge; the form's first controls message makes
// the bridge fetch this at once, so a screen reader has the form within
// moments of the first frame.
import { installAnnouncements } from './announce.js';
import { installCard } from './card.js';
import { installDownloads } from './downloads.js';
import { installForm } from './form.js';
import { registerServiceWorker } from './offline.js';
import { dzb } from './page.js';
import { installShare } from './share.js';

installForm();
installAnnouncements();
// After the first frame, as a service worker should be: its install fetches the
// whole site, which must not compete with the first paint.
registerServiceWorker();
installCard();
installShare();
installDownloads();
dzb.laterInstalled = true;
