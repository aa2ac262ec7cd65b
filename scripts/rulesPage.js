// docs/RULES.md as the page the pane's and the checker's help link opens (rules.html).
"use strict";
const { marked } = require("marked");
const { pageCsp } = require("./pagePolicy");

/** One static page: no script at all, so the policy allows none. */
function rulesHtml(markdown, { csp = pageCsp("checker", "cdn") } = {}) {
  const body = marked.parse(markdown, { async: false });
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="${csp.replace("script-src 'self'", "script-src 'none'")}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>绩效自评助手 · 校验规则说明</title>
    <style>
      body { font: 15px/1.7 "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; max-width: 56em; margin: 2em auto; padding: 0 1em; color: #242424; }
      table { border-collapse: collapse; margin: 1em 0; }
      th, td { border: 1px solid #d1d1d1; padding: 4px 8px; vertical-align: top; text-align: left; }
      th { background: #f5f5f5; }
      code { background: #f5f5f5; padding: 0 3px; }
    </style>
  </head>
  <body>
${body}
  </body>
</html>
`;
}

module.exports = { rulesHtml };
