import { describe, expect, it } from "vitest";
import { escapeHtml, invitationMail, magicLinkMail, mailLocale } from "./templates";

const url = "https://zorgzaam.example/auth/verify?token=a&b=<c>";

describe("mail templates", () => {
  it("writes the magic link mail in Dutch by default, and in French and English on request", () => {
    const nl = magicLinkMail({ url });
    expect(nl.subject).toBe("Je aanmeldlink voor Zorgzaam");
    expect(nl.text).toContain("Klik op de link hieronder om je aan te melden");
    expect(nl.text).toContain("15 minuten");
    expect(magicLinkMail({ url, locale: "fr" }).subject).toBe("Votre lien de connexion à Zorgzaam");
    expect(magicLinkMail({ url, locale: "en-GB", minutesValid: 10 }).text).toContain("valid for 10 minutes");
    expect(magicLinkMail({ url, locale: "de" }).subject).toBe(nl.subject);
  });

  it("puts the link in the text as is and escaped in the HTML", () => {
    const { text, html } = magicLinkMail({ url, locale: "nl" });
    const normalised = new URL(url).toString();
    expect(text).toContain(normalised);
    expect(html).toContain(`href="${escapeHtml(normalised)}"`);
    expect(html).not.toContain("<c>");
    expect(html).toContain("&amp;b=");
  });

  it("names the inviter and the tenant, escaped, in all three languages", () => {
    const input = { url, tenantName: "Buurt <script>alert(1)</script>", inviterName: 'Ann "de baas"' };
    const nl = invitationMail({ ...input, locale: "nl" });
    expect(nl.subject).toBe("Uitnodiging voor Buurt <script>alert(1)</script> op Zorgzaam");
    expect(nl.text).toContain('Ann "de baas" nodigt je uit om mee te werken in Buurt <script>alert(1)</script> op Zorgzaam.');
    expect(nl.html).not.toContain("<script>");
    expect(nl.html).toContain("Buurt &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(nl.html).toContain("Ann &quot;de baas&quot;");
    expect(invitationMail({ ...input, locale: "fr" }).text).toContain('Ann "de baas" vous invite à rejoindre');
    expect(invitationMail({ ...input, locale: "en" }).text).toContain('Ann "de baas" invites you to join');
  });

  it("words the invitation without an inviter", () => {
    const mail = invitationMail({ url, tenantName: "Gent", inviterName: null, locale: "nl" });
    expect(mail.text).toContain("Je bent uitgenodigd om mee te werken in Gent op Zorgzaam.");
    expect(invitationMail({ url, tenantName: "Gent", locale: "en" }).text).toContain("You have been invited to join Gent");
  });

  it("keeps the subject on one line", () => {
    expect(invitationMail({ url, tenantName: "Gent\r\nBcc: x@evil.example", locale: "en" }).subject).toBe(
      "Invitation to join Gent Bcc: x@evil.example on Zorgzaam",
    );
  });

  it("refuses links that are not http(s)", () => {
    expect(() => magicLinkMail({ url: "javascript:alert(1)" })).toThrow(/http\(s\)/);
  });

  it("maps locales to nl, fr or en", () => {
    expect(mailLocale("FR-be")).toBe("fr");
    expect(mailLocale("nl_BE")).toBe("nl");
    expect(mailLocale(undefined)).toBe("nl");
    expect(mailLocale("es")).toBe("nl");
  });
});
