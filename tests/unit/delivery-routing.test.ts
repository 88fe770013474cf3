import { describe, expect, it } from "vitest";
import { deliveryChoicesSchema, routeNotifications, wants, type RoutingChannel, type RoutingRecipient } from "@/lib/delivery/routing";
import { choicesFromForm } from "@/lib/delivery/schema";

const recipient = (choices: RoutingRecipient["choices"]): RoutingRecipient => ({ userId: "u1", unitId: "k1", notificationId: "n1", email: "a@b.cn", mobile: "13800000001", wecomUserId: null, dingtalkUserId: null, choices });
const channels: RoutingChannel[] = [
  { id: "c-mail", kind: "EMAIL", name: "mail", unitIds: [], perRecipient: true },
  { id: "c-sms", kind: "SMS", name: "sms", unitIds: [], perRecipient: true },
];

describe("delivery choices", () => {
  it("send a kind only through the channels chosen; nothing chosen means every channel", () => {
    const chose = recipient({ REPORT_RETURNED: ["SMS"], REPORT_ACCEPTED: [] });
    expect(routeNotifications("REPORT_RETURNED", [chose], channels, "n1").map((draft) => draft.channelKind)).toEqual(["SMS"]);
    expect(routeNotifications("REPORT_ACCEPTED", [chose], channels, "n1")).toEqual([]);
    expect(routeNotifications("INSTRUCTION", [chose], channels, "n1").map((draft) => draft.channelKind)).toEqual(["EMAIL", "SMS"]);
  });

  it("never hold back a required kind, whatever is stored", () => {
    const refused = recipient({ WARNING_RED: [], NOTICE_ISSUED: [] });
    expect(wants(refused, "WARNING_RED", "EMAIL")).toBe(true);
    expect(routeNotifications("NOTICE_ISSUED", [refused], channels, "n1").map((draft) => draft.channelKind)).toEqual(["EMAIL", "SMS"]);
  });

  it("let the user choose the channels of an orange warning, never of a red one", () => {
    const mailOnly = recipient({ WARNING_OPENED: ["EMAIL"], WARNING_RED: ["EMAIL"] });
    expect(routeNotifications("WARNING_OPENED", [mailOnly], channels, "n1").map((draft) => draft.channelKind)).toEqual(["EMAIL"]);
    expect(routeNotifications("WARNING_RED", [mailOnly], channels, "n1").map((draft) => draft.channelKind)).toEqual(["EMAIL", "SMS"]);
    expect(choicesFromForm({ offered: ["WARNING_OPENED"], choice: [] })).toEqual({ choices: { WARNING_OPENED: [] }, refused: null });
  });

  it("are parsed entry by entry: an unknown kind or channel is dropped, the rest kept", () => {
    expect(deliveryChoicesSchema.parse({ REPORT_RETURNED: ["SMS", "FAX"], GONE: ["EMAIL"] })).toEqual({ REPORT_RETURNED: ["SMS"] });
    expect(deliveryChoicesSchema.parse(null)).toEqual({});
  });

  it("from the form: offered kinds get exactly the boxes ticked; unticking a required kind is refused", () => {
    expect(choicesFromForm({ offered: ["REPORT_RETURNED", "REPORT_ACCEPTED"], choice: [["REPORT_RETURNED", "EMAIL"]] })).toEqual({ choices: { REPORT_RETURNED: ["EMAIL"], REPORT_ACCEPTED: [] }, refused: null });
    expect(choicesFromForm({ offered: ["WARNING_RED"], choice: [["WARNING_RED", "EMAIL"]] }).refused).toBe("WARNING_RED");
  });
});
