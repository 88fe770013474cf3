// All UI text. A feature adds its namespace file here.
import type { Locale } from "../config";
import admin from "./admin";
import assessment from "./assessment";
import audit from "./audit";
import auth from "./auth";
import briefings from "./briefings";
import calendar from "./calendar";
import common from "./common";
import coordination from "./coordination";
import dashboard from "./dashboard";
import documents from "./documents";
import enums from "./enums";
import errors from "./errors";
import files from "./files";
import home from "./home";
import nav from "./nav";
import notices from "./notices";
import notifications from "./notifications";
import plan from "./plan";
import planManage from "./plan-manage";
import readiness from "./readiness";
import reminders from "./reminders";
import reports from "./reports";
import resources from "./resources";
import supervision from "./supervision";
import units from "./units";
import validation from "./validation";
import warnings from "./warnings";

export const namespaces = [admin, assessment, audit, auth, briefings, calendar, common, coordination, dashboard, documents, enums, errors, files, home, nav, notices, notifications, plan, planManage, readiness, reminders, reports, resources, supervision, units, validation, warnings] as const;

type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;
export type AppMessages = UnionToIntersection<(typeof namespaces)[number]["zh-CN"]>;

const cache = new Map<Locale, AppMessages>();

export function messagesFor(locale: Locale): AppMessages {
  let messages = cache.get(locale);
  if (!messages) {
    messages = Object.assign({}, ...namespaces.map((namespace) => namespace[locale])) as AppMessages;
    cache.set(locale, messages);
  }
  return messages;
}
