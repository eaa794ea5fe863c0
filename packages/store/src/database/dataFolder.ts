import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { mkdir } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { StoreError } from "./storeError";

/** The default place of the embedded database, relative to the working directory. */
export const DEFAULT_DATA_DIR = "./.baton/data";

/**
 * Holds `<folder>.lock` beside a PGlite folder for as long as the store is open.
 * PGlite takes no lock of its own, and two processes on one folder corrupt it, so
 * a second opener fails at once naming the process that holds it. A lock left by
 * a process that no longer runs (killed, crashed) is taken over.
 *
 * @returns a function that releases the lock (idempotent).
 */
export const lockDataFolder = (folder: string): (() => void) => {
  const lockPath = `${resolve(folder)}.lock`;
  mkdirSync(dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(lockPath, "utf8") === String(process.pid)) unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(readFileSync(lockPath, "utf8"), 10);
      if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
        throw new StoreError(
          "locked",
          `The Baton database in ${folder} is in use by process ${holder}. ` +
            `Stop that process (or use another folder with BATON_DATA_DIR) and try again.`,
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new StoreError(
    "locked",
    `Could not take the lock ${lockPath}; remove it if no Baton is running.`,
  );
};

const isRunning = (pid: number): boolean => {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * Makes sure `folder` holds an initialised database. A new one is built in a
 * temporary folder beside it by `initialise` and renamed into place only once
 * complete, so a process killed during initdb never leaves a half-made folder
 * where the real one belongs.
 */
export const ensureDataFolder = async (
  folder: string,
  initialise: (temporary: string) => Promise<void>,
): Promise<void> => {
  if (existsSync(join(folder, "PG_VERSION"))) return;
  if (existsSync(folder) && !isEmptyFolder(folder)) {
    throw new StoreError(
      "unreadable",
      `${folder} exists but holds no Baton database (no PG_VERSION). ` +
        `Point BATON_DATA_DIR at an empty or new folder; nothing in ${folder} was changed.`,
    );
  }
  await mkdir(dirname(resolve(folder)), { recursive: true });
  const temporary = join(dirname(resolve(folder)), `.${basename(folder)}.init-${process.pid}`);
  rmSync(temporary, { recursive: true, force: true });
  await initialise(temporary);
  if (existsSync(folder)) rmSync(folder, { recursive: true, force: true });
  renameSync(temporary, folder);
};

const isEmptyFolder = (folder: string): boolean => {
  try {
    return readdirSync(folder).length === 0;
  } catch {
    return false;
  }
};
