// Lets a reader collapse an article to one script; the choice is remembered across pages.
// Without JavaScript both columns stay visible.
const KEY = "briefing-script";
// Each label is given in the script(s) it names, each part with its own lang. The texts come from
// site.yml's labels, which the article template puts on the .bilingual element.
function choices(labels) {
  return [
    { value: "both", labels: [[labels.labelBothHant, "zh-Hant-TW"], [labels.labelBothHans, "zh-Hans-CN"]] },
    { value: "Hant", labels: [[labels.labelHant, "zh-Hant-TW"]] },
    { value: "Hans", labels: [[labels.labelHans, "zh-Hans-CN"]] },
  ];
}

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
  group.setAttribute("aria-label", bilingual.dataset.labelGroup);
  for (const choice of choices(bilingual.dataset)) {
    const button = document.createElement("button");
    button.type = "button";
    button.dataset.value = choice.value;
    choice.labels.forEach(([text, lang], index) => {
      if (index > 0) button.append(" · ");
      const span = document.createElement("span");
      span.lang = lang;
      span.textContent = text;
      button.append(span);
    });
    button.addEventListener("click", () => choose(choice.value));
    group.append(button);
  }
  bilingual.before(group);
  apply(stored());
});

// Optional regional vocabulary: in the converted column, names follow the reader's region
// (特朗普 shown as 川普 in Traditional, and the reverse), from the gazetteer's data-regional.
// Off by default: faithful conversion is what the page shows unless the reader asks.
const REGIONAL_KEY = "briefing-regional";

function regionalStored() {
  try { return localStorage.getItem(REGIONAL_KEY) === "on"; } catch { return false; }
}

function applyRegional(on) {
  for (const mark of document.querySelectorAll(".bilingual [data-regional]")) {
    if (!mark.dataset.faithful) mark.dataset.faithful = mark.textContent;
    mark.textContent = on ? mark.dataset.regional : mark.dataset.faithful;
    const original = document.querySelector(".bilingual")?.dataset.labelOriginal ?? "";
    if (on) mark.title = `${original}：${mark.dataset.faithful}`; else mark.removeAttribute("title");
    mark.classList.toggle("regional", on);
  }
  const button = document.querySelector(".regional-choice");
  if (button) button.setAttribute("aria-pressed", String(on));
}

document.addEventListener("DOMContentLoaded", () => {
  const group = document.querySelector(".script-choice");
  if (!group || !document.querySelector(".bilingual [data-regional]")) return;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "regional-choice";
  const labels = document.querySelector(".bilingual").dataset;
  for (const [text, lang] of [[labels.labelRegionalHant, "zh-Hant-TW"], [labels.labelRegionalHans, "zh-Hans-CN"]]) {
    if (button.childNodes.length > 0) button.append(" · ");
    const span = document.createElement("span");
    span.lang = lang;
    span.textContent = text;
    button.append(span);
  }
  button.addEventListener("click", () => {
    const on = button.getAttribute("aria-pressed") !== "true";
    try { localStorage.setItem(REGIONAL_KEY, on ? "on" : "off"); } catch { /* this page only */ }
    applyRegional(on);
  });
  group.append(button);
  applyRegional(regionalStored());
});
