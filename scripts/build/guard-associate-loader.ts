// custom-functions-metadata-plugin appends `CustomFunctions.associate(...)`
// calls to src/functions/functions.ts. Excel's runtime always defines
// CustomFunctions; a browser preview of taskpane.html outside Excel does not,
// and the bare calls would throw there. Guard them, nothing else.
export default function guardAssociate(source: string): string {
  return source.replace(/^CustomFunctions\.associate\(/gm, 'if (typeof CustomFunctions !== "undefined") CustomFunctions.associate(');
}
