#!/usr/bin/env node
// npm stop: undo npm start (office-addin-debugging stop on Windows, macOS). See sideload.js.
require("./sideload").main("stop");
