// `npm run docs:functions`: writes docs/functions.md from src/functions/table.ts (scripts/functions-doc.ts).
const fs = require("fs");
const path = require("path");
const { loadModule } = require("./load-ts");

loadModule(path.join(__dirname, "functions-doc.ts"))
  .functionsDoc(path.join(__dirname, ".."))
  .then((text) => {
    fs.writeFileSync(path.join(__dirname, "..", "docs", "functions.md"), text);
    console.log("docs/functions.md");
  });
