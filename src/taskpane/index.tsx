import { createRoot } from "react-dom/client";

// Foundation placeholder: names the two actions only; nothing here validates or scores yet.
function Placeholder() {
  return (
    <main style={{ fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif', padding: 16 }}>
      <h1>绩效自评助手</h1>
      <ul>
        <li>插入模板 / Insert template</li>
        <li>校验并评分 / Validate &amp; score</li>
      </ul>
    </main>
  );
}

const root = document.getElementById("root");
if (root) createRoot(root).render(<Placeholder />);
