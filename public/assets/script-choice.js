// Lets a reader collapse an article to one script; the choice is remembered across pages.
// Without JavaScript both columns stay visible.
const KEY = "briefing-script";
const CHOICES = [
  { value: "both", label: "繁简并列" },
  { value: "Hant", label: "只看繁體", lang: "zh-Hant-TW" },
  { value: "Hans", label: "只看简体", lang: "zh-Hans-CN" },
];

function stored() {
  try { return localStorage.getItem(KEY) || "both"; } catch { return "both"; }
}

function apply(choice) {
  document.documentElement.dataset.script = choice;
  for (const button of document.querySelectorAll(".script-choice button")) {
    button.setAttribute("aria-pressed", String(button.dataset.value === choice));
  }
}

function choose(choice) {
  try { localStorage.setItem(KEY, choice); } catch { /* private mode: choice lasts this page */ }
  apply(choice);
}

apply(stored());
document.addEventListener("DOMContentLoaded", () => {
  const bilingual = document.querySelector(".bilingual");
  if (!bilingual) return;
  const group = document.createElement("div");
  group.className = "script-choice";
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", "文字 · 文字");
  for (const choice of CHOICES) {
    const button = document.createElement("button");
    button.type = "button";
    button.dataset.value = choice.value;
    button.textContent = choice.label;
    if (choice.lang) button.lang = choice.lang;
    button.addEventListener("click", () => choose(choice.value));
    group.append(button);
  }
  bilingual.before(group);
  apply(stored());
});
