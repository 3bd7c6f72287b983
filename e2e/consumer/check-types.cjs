// Type-checks the consumer project's seed.ts under each tsconfig named on the command line, with
// the TypeScript package at argv[2], in one process: the configurations share parsed files, so
// the matrix costs one parse and one check per configuration. Each check is what `tsc -p
// <config>` reports. Prints one JSON object: configuration → its diagnostics, as text.
const [typescriptDir, project, ...configs] = process.argv.slice(2);
const ts = require(typescriptDir);
const { join } = require("node:path");

const parsed = new Map();
const results = {};
// CPU seconds per configuration, the first one's including the parse the others share.
const cpuSeconds = {};
for (const config of configs) {
  const before = process.cpuUsage();
  const file = join(project, config);
  const commandLine = ts.getParsedCommandLineOfConfigFile(
    file,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} },
  );
  const host = ts.createCompilerHost(commandLine.options);
  const getSourceFile = host.getSourceFile.bind(host);
  // Parsed and bound files are shared between configurations that differ only in checking
  // flags (strict, exactOptionalPropertyTypes), as TypeScript's own document registry shares
  // them: module settings and each file's ESM/CJS format are part of the key.
  const { module, moduleResolution } = commandLine.options;
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    const format = typeof languageVersion === "object" ? languageVersion.impliedNodeFormat : undefined;
    const key = [fileName, format, module, moduleResolution].join("\0");
    if (!parsed.has(key)) parsed.set(key, getSourceFile(fileName, languageVersion, ...rest));
    return parsed.get(key);
  };
  const program = ts.createProgram({ rootNames: commandLine.fileNames, options: commandLine.options, host });
  results[config] = ts.getPreEmitDiagnostics(program).map((d) => ts.formatDiagnostic(d, host).trim());
  const used = process.cpuUsage(before);
  cpuSeconds[config] = Math.round((used.user + used.system) / 1e5) / 10;
}
console.log(JSON.stringify({ version: ts.version, results, cpuSeconds }));
