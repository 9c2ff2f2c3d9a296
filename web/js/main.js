// The page shell, bundled into app.js at build time (esbuild): what the
// first frame needs. Each module owns one concern and registers the messages
// it handles with the bridge to the app (bridge.js; the format is
// records.js). The rest (later.js: the accessible form, the bench card,
// copying and downloads) is fetched after the first frame.
import { onMessage } from './bridge.js';
import { installEmbed } from './embed.js';
import { installFrames } from './frames.js';
import { installContextLoss } from './graphics.js';
import { startApp } from './loader.js';
import { installMirror } from './mirror.js';
import { answerOfflineCopy } from './offline.js';
import { dzb } from './page.js';
import { installPageState } from './page_state.js';
import { installSoftKeyboard, rectOf } from './soft_keyboard.js';

installPageState();
installFrames();
installSoftKeyboard();
installMirror();
installEmbed();
// Test hooks (?test-hooks): where each named widget was drawn, for the tests.
onMessage('widgets', (records) => {
  dzb.widgets = Object.fromEntries(records.map((fields) => [fields[0], rectOf(fields)]));
});
answerOfflineCopy();
installContextLoss();
startApp();
