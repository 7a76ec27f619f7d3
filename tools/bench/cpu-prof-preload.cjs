// Loaded with `node --cpu-prof -r` into the app being profiled. --cpu-prof writes its file only
// when the process exits normally, but Nest's shutdown hooks re-raise SIGTERM after closing,
// which kills the process before the profile is written. SIGUSR2 instead exits cleanly.
'use strict';

process.once('SIGUSR2', () => process.exit(0));
