#!/usr/bin/env node
// npm start: sideload into Excel desktop (Windows, macOS) with the dev server;
// on Linux, one line on how to use Excel on the web instead. See sideload.js.
require("./sideload").main("start");
