// The deployment's own rules, checked on the rendered objects of one overlay. Each check
// returns messages ("Kind/name: what is wrong"); an empty list means the rule holds.
// deploy/README.md ("How the check works") lists them in words; rules/ holds them by topic.
import { checkManagementPort, checkProbesAndResources, checkSecurityContexts } from "./rules/containers.mjs";
import { checkExposure } from "./rules/exposure.mjs";
import { checkNetworkPolicies } from "./rules/network.mjs";
import { checkSecrets } from "./rules/secrets.mjs";
import { checkAvailability } from "./rules/availability.mjs";

export { MANAGEMENT_PORT } from "./rules/containers.mjs";
export { EXPECTED_CONNECTIONS, OUTSIDE, allowedConnections } from "./rules/network.mjs";

/** Every rule above, for one rendered overlay. */
export function checkPolicies(objects, options = {}) {
	return [
		...checkProbesAndResources(objects),
		...checkSecurityContexts(objects),
		...checkManagementPort(objects),
		...checkExposure(objects),
		...checkNetworkPolicies(objects),
		...checkSecrets(objects),
		...checkAvailability(objects, options),
	];
}
