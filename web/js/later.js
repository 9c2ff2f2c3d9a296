// The modules the first frame does not need, bundled into app-later.js and
// fetched after it (deferred.js): the bench card, copying and downloads.
// Messages the app posted for them before they arrived are waiting in the bridge.
import { installCard } from './card.js';
import { installDownloads } from './downloads.js';
import { dzb } from './page.js';
import { installShare } from './share.js';

installCard();
installShare();
installDownloads();
dzb.laterInstalled = true;
