// `npm start`: with desktop Excel (Windows, macOS) sideload the add-in and start the dev server;
// elsewhere (Linux, CI) serve the pages over http on localhost and say where to open them.
"use strict";
const { spawn } = require("child_process");
const path = require("path");

const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const bin = (name) => path.join(__dirname, "..", "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);
const run = (cmd, args, env) => {
  const child = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, ...env }, shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
};

if (process.platform === "win32" || process.platform === "darwin") {
  // office-addin-debugging trusts the dev certificate, runs `npm run dev-server` and sideloads manifest.xml.
  run(bin("office-addin-debugging"), ["start", "manifest.xml", "desktop", "--app", "excel"]);
} else {
  console.log(
    [
      "",
      "No desktop Excel can be started on this machine, so the add-in is not sideloaded.",
      `  Standalone checker (any browser, WPS users; files never leave the browser): http://localhost:${port}/`,
      `  Task pane page (inside Excel it validates and scores; in a browser it shows the checker): http://localhost:${port}/taskpane.html`,
      "  To use it in Excel on the web, see README → “Sideload”.",
      "",
    ].join("\n"),
  );
  run(bin("webpack"), ["serve", "--mode", "development"], { JIXIAO_HTTP: "1" });
}
