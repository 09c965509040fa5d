// speechstamp: a little plain JavaScript for the job, sitting and speech pages.
"use strict";

// The CSRF token of this browser's session, asked for when a script is about to change
// something: public pages carry no session (everyone gets the same, cacheable page), and
// /api/csrf starts one (another site's script cannot read its answer).
let sessionToken = null;
async function csrfToken(url) {
  if (sessionToken === null) {
    const response = await fetch(url, {headers: {Accept: "application/json"}, cache: "no-store"});
    if (!response.ok) throw new Error("no token");
    sessionToken = (await response.json()).token;
  }
  return sessionToken;
}

// Job page: poll the job's JSON every 1.5 s until it ends.
function watchJob(box) {
  const status = document.getElementById("job-status");
  const stage = document.getElementById("job-stage");
  const bar = document.getElementById("job-progress");
  const error = document.getElementById("job-error");
  const live = document.getElementById("job-live");
  async function poll() {
    let job;
    try {
      const response = await fetch(box.dataset.jobUrl, {headers: {Accept: "application/json"}});
      job = await response.json();
    } catch (e) {
      setTimeout(poll, 3000);
      return;
    }
    if (status.textContent !== job.status) live.textContent = "Job " + job.status;
    status.textContent = job.status;
    stage.textContent = job.stage;
    bar.value = job.progress || 0;
    bar.textContent = Math.round((job.progress || 0) * 100) + "%";
    error.hidden = !job.error;
    error.textContent = job.error || "";
    const active = job.status === "queued" || job.status === "running";
    document.getElementById("cancel-form").hidden = !active;
    document.getElementById("retry-form").hidden = !(job.status === "failed" || job.status === "cancelled");
    document.getElementById("job-done").hidden = job.status !== "done";
    if (active) setTimeout(poll, 1500);
  }
  poll();
}

// Sitting page of a job still running: reload once it has ended.
function reloadWhenDone(note) {
  async function poll() {
    try {
      const job = await (await fetch(note.dataset.reloadWhenDone)).json();
      if (job.status !== "queued" && job.status !== "running") { window.location.reload(); return; }
    } catch (e) { /* the server may be restarting: try again */ }
    setTimeout(poll, 2000);
  }
  setTimeout(poll, 2000);
}

// The player: start where the page says, and stop at the end when asked.
function setUpPlayer(video) {
  const start = parseFloat(video.dataset.start);
  const end = parseFloat(video.dataset.end);
  if (!isNaN(start)) {
    const seek = () => { if (Math.abs(video.currentTime - start) > 0.5) video.currentTime = start; };
    if (video.readyState >= 1) seek(); else video.addEventListener("loadedmetadata", seek, {once: true});
  }
  if (!isNaN(end)) {
    video.addEventListener("timeupdate", () => {
      if (video.currentTime >= end) { video.pause(); }
    });
  }
}

// Sitting page: click to seek, highlight the speech being spoken, filter by speaker.
function setUpSpeechList(list, video) {
  const items = Array.from(list.querySelectorAll("li[data-start]"))
    .filter(li => li.dataset.start !== "");
  list.addEventListener("click", event => {
    const button = event.target.closest("button[data-seek]");
    if (!button) return;
    const t = parseFloat(button.dataset.seek);
    if (video) {
      video.currentTime = t;
      video.play().catch(() => {});
    } else {
      const frame = document.getElementById("player-frame");
      if (frame) frame.src = "https://www.youtube-nocookie.com/embed/" + frame.dataset.youtube +
        "?autoplay=1&start=" + Math.floor(t);
    }
  });
  if (video) {
    let current = null;
    video.addEventListener("timeupdate", () => {
      const t = video.currentTime;
      let found = null;
      for (const li of items) {
        if (parseFloat(li.dataset.start) <= t + 0.05) found = li; else break;
      }
      if (found && found.dataset.end !== "" && t > parseFloat(found.dataset.end) + 1.0) found = null;
      if (found === current) return;
      if (current) { current.classList.remove("current"); current.removeAttribute("aria-current"); }
      current = found;
      const label = document.getElementById("now-playing");
      if (current) {
        current.classList.add("current");
        current.setAttribute("aria-current", "true");
        if (label) label.textContent = "Now: " + current.dataset.speaker;
      } else if (label) {
        label.textContent = "";
      }
    });
  }
  const filter = document.getElementById("speaker-filter");
  if (filter) {
    filter.addEventListener("change", () => {
      for (const li of list.querySelectorAll("li[data-speaker]")) {
        li.hidden = filter.value !== "" && li.dataset.speaker !== filter.value;
      }
    });
  }
}

// Speech page: "starts here" / "ends here" at the player's current time, and undo.
function setUpCorrections(box, video) {
  const message = document.getElementById("correct-message");
  async function send(url, body) {
    message.textContent = "Saving…";
    let response;
    try {
      const token = await csrfToken(box.dataset.csrfUrl);
      response = await fetch(url, {
        method: "POST",
        headers: {"Content-Type": "application/json", "X-CSRF-Token": token},
        body: JSON.stringify(body),
      });
    } catch (e) {
      message.textContent = "The server did not answer: try again.";
      return;
    }
    const data = await response.json().catch(() => ({error: "The server did not answer."}));
    if (!response.ok) {
      if (response.status === 400) sessionToken = null;  // the session may have expired: ask again
      message.textContent = data.error;
      return;
    }
    message.textContent = "Saved.";
    window.location.reload();
  }
  box.addEventListener("click", event => {
    const button = event.target.closest("button");
    if (!button) return;
    if (button.dataset.field) {
      send(box.dataset.url, {speech: box.dataset.speech, field: button.dataset.field,
                             time: Math.round(video.currentTime * 100) / 100});
    } else if (button.dataset.undo) {
      send(box.dataset.undoUrl, {speech: box.dataset.speech, field: button.dataset.undo});
    }
  });
}

// Share box: copy buttons.
function setUpCopy() {
  const status = document.getElementById("copy-status");
  document.addEventListener("click", async event => {
    const button = event.target.closest("button[data-copy]");
    if (!button) return;
    const input = document.getElementById(button.dataset.copy);
    input.select();
    try {
      await navigator.clipboard.writeText(input.value);
    } catch (e) {
      document.execCommand("copy");
    }
    if (status) status.textContent = "Copied: " + input.value;
  });
}

document.addEventListener("DOMContentLoaded", () => {
  const pending = document.querySelector("[data-reload-when-done]");
  if (pending) reloadWhenDone(pending);
  const job = document.querySelector("[data-job-url]");
  if (job) watchJob(job);
  const video = document.getElementById("player");
  if (video) setUpPlayer(video);
  const list = document.getElementById("speeches");
  if (list) setUpSpeechList(list, video);
  const correct = document.querySelector(".correct");
  if (correct && video) setUpCorrections(correct, video);
  setUpCopy();
});
