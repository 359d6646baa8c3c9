import { benchApp } from './app.js';
import { benchLoad } from './load.js';
import { benchReminders } from './reminders.js';
import { benchSprays } from './sprays.js';
import { benchStore } from './store.js';
import { benchTriage } from './triage.js';

/** `npm run bench [-- triage]`: prints the numbers the README's performance section quotes. */
const only = process.argv[2];
const suites: Record<string, () => Promise<void>> = {
  triage: benchTriage,
  store: benchStore,
  reminders: benchReminders,
  sprays: benchSprays,
  app: benchApp,
  load: benchLoad,
};
console.log(`# refer-triage benchmarks (${new Date().toISOString()}, Node ${process.version})`);
for (const [name, suite] of Object.entries(suites)) {
  if (!only || only === name) await suite();
}
