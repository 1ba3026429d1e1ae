// The tutor's top level: which screen is showing, saved progress, and the live scenario
// sessions (kept here so a trip to the lesson and back keeps the terminal as it was).

import { useEffect, useRef, useState } from "react";
import { Box, Text } from "ink";
import type { Engine, ScenarioDoc } from "./engine-adapter.js";
import { useTerminalSize, type Size } from "./hooks/use-terminal-size.js";
import { InputRoot, useRawInput } from "./hooks/use-raw-input.js";
import { ScenarioSession, type SessionEvent } from "./scenario-session.js";
import { BriefingScreen } from "./screens/briefing-screen.js";
import { FinishScreen, nextSuggestions, type FinishData } from "./screens/finish-screen.js";
import { HomeScreen, type HomeChoice } from "./screens/home-screen.js";
import { LessonScreen } from "./screens/lesson-screen.js";
import { ScenarioScreen } from "./screens/scenario-screen.js";
import { decodeKey, isLeaveKey } from "./terminal/keys.js";
import { ThemeContext, type Theme } from "./theme.js";
import { EMPTY_PROGRESS, recordLesson, recordScenario, type LoadedProgress, type Progress } from "../progress/model.js";

export interface ProgressPort {
  load(): LoadedProgress;
  save(p: Progress): string | undefined;
}

export interface AppProps {
  engine: Engine | (() => Promise<Engine>);
  /** The progress file; a function loads it lazily, after the first frame. */
  progress: ProgressPort | (() => Promise<ProgressPort>);
  theme: Theme;
  start?: { scenario?: string; lesson?: string };
  /** Pin the size (tests); otherwise follow the terminal. */
  size?: Size;
  /** Wall clock in ms, for the time a scenario took. */
  now: () => number;
  onExit: () => void;
  schedule?: (run: () => void) => void;
}

type Route =
  | { screen: "loading" }
  | { screen: "home" }
  | { screen: "lesson"; id: string; returnTo?: string }
  | { screen: "briefing"; id: string; fromLesson?: string }
  | { screen: "scenario"; id: string }
  | { screen: "finish"; id: string; data: FinishData }
  | { screen: "error"; message: string };

interface Live {
  session: ScenarioSession;
  startedAt: number;
  baseElapsed: number;
}

function firstRoute(start: AppProps["start"]): Route {
  if (start?.scenario) return { screen: "briefing", id: start.scenario };
  if (start?.lesson) return { screen: "lesson", id: start.lesson };
  return { screen: "home" };
}

export function App(props: AppProps) {
  const size = useTerminalSize(props.size);
  const [engine, setEngine] = useState<Engine | undefined>(typeof props.engine === "function" ? undefined : props.engine);
  const [route, setRoute] = useState<Route>(engine ? firstRoute(props.start) : { screen: "loading" });
  const [port, setPort] = useState<ProgressPort | undefined>(typeof props.progress === "function" ? undefined : props.progress);
  const [loaded] = useState(() => (port ? loadSafely(port) : { progress: structuredClone(EMPTY_PROGRESS) }));
  const [progress, setProgressState] = useState<Progress>(loaded.progress);
  const [warnings, setWarnings] = useState<string[]>(loaded.warning ? [loaded.warning] : []);
  const progressRef = useRef(progress);
  const live = useRef(new Map<string, Live>());

  useEffect(() => {
    if (typeof props.engine !== "function" && typeof props.progress !== "function") return;
    const engineP = typeof props.engine === "function" ? props.engine() : Promise.resolve(props.engine);
    const portP = typeof props.progress === "function" ? props.progress() : Promise.resolve(props.progress);
    Promise.all([engineP, portP]).then(
      async ([e, p]) => {
        const l = loadSafely(p);
        progressRef.current = l.progress;
        setProgressState(l.progress);
        if (l.warning) setWarnings([l.warning]);
        setPort(p);
        // Straight into a scenario or lesson: wait for the runtime. Home: load it meanwhile.
        if (props.start?.scenario || props.start?.lesson) await e.prepare?.();
        else setTimeout(() => void e.prepare?.().catch(() => {}), 0);
        setEngine(e);
        setRoute(firstRoute(props.start));
      },
      (err: unknown) => setRoute({ screen: "error", message: `could not load the tutor: ${err instanceof Error ? err.message : String(err)}` }),
    );
  }, []);

  const saveProgress = (next: Progress) => {
    progressRef.current = next;
    setProgressState(next);
    const err = port?.save(next);
    if (err && !warnings.includes(err)) setWarnings((w) => [...w, err]);
  };

  const docOf = (id: string): ScenarioDoc | string => {
    const d = engine!.scenario(id);
    return "error" in d ? d.error : d;
  };

  const elapsed = (l: Live) => l.baseElapsed + Math.max(0, props.now() - l.startedAt);

  const onSessionEvent = (id: string, e: SessionEvent) => {
    const l = live.current.get(id);
    if (!l) return;
    const s = l.session;
    if (e.type === "save" || e.type === "quit" || e.type === "lesson") {
      saveProgress(recordScenario(progressRef.current, id, {
        status: "in-progress",
        commandLog: s.attempt.commandLog(),
        history: [...s.controller.historyEntries],
        hintsUsed: s.attempt.hintsUsed(),
        brokenGuards: s.attempt.brokenGuards(),
        elapsedMs: elapsed(l),
      }));
    }
    if (e.type === "quit") setRoute({ screen: "home" });
    else if (e.type === "lesson") {
      // The lesson this scenario practises, if one names it; else the scenario's first lesson.
      const practised = s.doc.lessons.find((l) => engine?.catalogue().lessons.find((c) => c.id === l)?.practice === id);
      setRoute({ screen: "lesson", id: practised ?? e.id, returnTo: id });
    }
    else if (e.type === "finish") {
      const view = s.getSnapshot();
      const report = view.report ?? s.attempt.check();
      const data: FinishData = { report, elapsedMs: elapsed(l), hintsUsed: s.attempt.hintsUsed(), consoleUses: view.consoleUses, usedSolution: view.usedSolution };
      saveProgress(recordScenario(progressRef.current, id, { status: "done", bestScore: report.score, max: report.max, commandLog: [], hintsUsed: data.hintsUsed, elapsedMs: data.elapsedMs }));
      live.current.delete(id);
      setRoute({ screen: "finish", id, data });
    }
  };

  /** Runs `then` once the engine's runtime is loaded (at once when it already is). */
  const whenReady = (then: () => void) => {
    if (!engine?.prepare) return then();
    engine.prepare().then(then, (err: unknown) => setRoute({ screen: "error", message: `could not load the engine: ${err instanceof Error ? err.message : String(err)}` }));
  };

  const startScenario = (doc: ScenarioDoc, resume: boolean) => whenReady(() => startScenarioNow(doc, resume));

  const startScenarioNow = (doc: ScenarioDoc, resume: boolean) => {
    const saved = progressRef.current.scenarios[doc.id];
    if (!resume) live.current.delete(doc.id);
    if (!live.current.has(doc.id)) {
      try {
        const session = new ScenarioSession(engine!, doc, {
          replay: resume ? saved?.commandLog : undefined,
          hintsUsed: resume ? saved?.hintsUsed : undefined,
          brokenGuards: resume ? saved?.brokenGuards : undefined,
          history: saved?.history,
          theme: props.theme,
          schedule: props.schedule,
          onEvent: (e) => onSessionEvent(doc.id, e),
        });
        live.current.set(doc.id, { session, startedAt: props.now(), baseElapsed: resume ? (saved?.elapsedMs ?? 0) : 0 });
      } catch (err) {
        setRoute({ screen: "error", message: err instanceof Error ? err.message : String(err) });
        return;
      }
    }
    setRoute({ screen: "scenario", id: doc.id });
  };

  const choose = (c: HomeChoice) => {
    if (c.kind === "quit") props.onExit();
    else if (c.kind === "lesson") whenReady(() => setRoute({ screen: "lesson", id: c.id }));
    else setRoute({ screen: "briefing", id: c.id });
  };

  return (
    <ThemeContext.Provider value={props.theme}>
      <InputRoot>{renderRoute()}</InputRoot>
    </ThemeContext.Provider>
  );

  function renderRoute() {
    if (!engine && route.screen !== "error") return <LoadingScreen onExit={props.onExit} />;
    switch (route.screen) {
      case "loading":
        return <LoadingScreen onExit={props.onExit} />;
      case "error":
        return <ErrorScreen message={route.message} onBack={() => setRoute({ screen: "home" })} />;
      case "home":
        return <HomeScreen catalogue={engine!.catalogue()} progress={progress} warnings={warnings} size={size} onChoose={choose} />;
      case "lesson": {
        const lesson = engine!.lesson(route.id);
        if (!lesson) return <ErrorScreen message={`no lesson with id ${route.id}`} onBack={() => setRoute({ screen: "home" })} />;
        const back = route.returnTo;
        return (
          <LessonScreen
            key={lesson.id}
            engine={engine!}
            lesson={lesson}
            size={size}
            initialPage={progress.lessons[lesson.id]?.page ?? 0}
            onPage={(page, last) => saveProgress(recordLesson(progressRef.current, lesson.id, { page, status: last ? "done" : "in-progress" }))}
            onBack={() => setRoute(back ? { screen: "scenario", id: back } : { screen: "home" })}
            onPractice={lesson.practice ? () => setRoute({ screen: "briefing", id: lesson.practice!, fromLesson: lesson.id }) : undefined}
          />
        );
      }
      case "briefing": {
        const doc = docOf(route.id);
        if (typeof doc === "string") return <ErrorScreen message={doc} onBack={() => setRoute({ screen: "home" })} />;
        const running = live.current.get(doc.id);
        const saved = running ? running.session.attempt.commandLog().length : (progress.scenarios[doc.id]?.commandLog.length ?? 0);
        // Esc goes back where the learner came from: the lesson that offered practice, or home.
        const from = route.fromLesson;
        const back = () => setRoute(from ? { screen: "lesson", id: from } : { screen: "home" });
        return <BriefingScreen doc={doc} savedCommands={saved} size={size} onStart={(resume) => startScenario(doc, resume)} onBack={back} />;
      }
      case "scenario": {
        const l = live.current.get(route.id);
        if (!l) return <ErrorScreen message={`scenario ${route.id} is not running`} onBack={() => setRoute({ screen: "home" })} />;
        return <ScenarioScreen key={route.id} session={l.session} size={size} />;
      }
      case "finish": {
        const doc = docOf(route.id);
        if (typeof doc === "string") return <ErrorScreen message={doc} onBack={() => setRoute({ screen: "home" })} />;
        const suggestions = nextSuggestions(doc, engine!.catalogue(), (id) => progress.scenarios[id]?.status === "done");
        return <FinishScreen doc={doc} data={route.data} suggestions={suggestions} size={size} onHome={() => setRoute({ screen: "home" })} />;
      }
    }
  }
}

function loadSafely(port: ProgressPort): LoadedProgress {
  try {
    return port.load();
  } catch (err) {
    return { progress: structuredClone(EMPTY_PROGRESS), warning: `saved progress unavailable: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** The first frame, drawn before the engine loads; Ctrl-C or q already quits. */
function LoadingScreen({ onExit }: { onExit: () => void }) {
  useRawInput((raw) => {
    const k = decodeKey(raw);
    if ((k.kind === "ctrl" && k.key === "c") || (k.kind === "text" && k.text === "q")) onExit();
  });
  return <Text>Loading nettutor…</Text>;
}

function ErrorScreen({ message, onBack }: { message: string; onBack: () => void }) {
  useRawInput((raw) => {
    const k = decodeKey(raw);
    if (k.kind === "enter" || isLeaveKey(k)) onBack();
  });
  return (
    <Box flexDirection="column">
      <Text>nettutor: {message}</Text>
      <Text>Press Enter to go back.</Text>
    </Box>
  );
}
