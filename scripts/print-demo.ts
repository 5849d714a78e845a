import { DEMO_OPERATOR, DEMO_PASSWORD, DEMO_TENANTS } from "../packages/core/src/seed/demo-data";

/** Prints the demo logins (the same data the seed wrote). */
console.log(`\nDemo logins (password for every account: ${DEMO_PASSWORD})`);
console.log(`  ${DEMO_OPERATOR.email.padEnd(34)} platform operator`);
for (const t of DEMO_TENANTS) {
  console.log(`\n  ${t.name}  →  /t/${t.slug}`);
  for (const u of t.users)
    console.log(`  ${u.email.padEnd(34)} ${u.roles.join(", ")}${u.neighbourhoods ? ` (buurt: ${u.neighbourhoods.join(", ")})` : ""}`);
}
