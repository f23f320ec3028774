// The district dashboard served at /districts/{code}/: the key figures as bar charts and
// the street → community → grid tree, from the example queries DistrictOverview and
// DistrictTree (typed by codegen). Plain DOM, no framework; compiled by `npm run build`
// into core/static/dashboard/, which gridgov serves (no CDN, works offline).
import { DistrictOverviewDocument, DistrictTreeDocument, } from "../gql/core/graphql.js";
const TOKEN_KEY = "gridgov:token";
const NUMBER = new Intl.NumberFormat("en");
/** Figures shown together in one chart: a title and the keys (or a key prefix). */
const CHARTS = [
    {
        title: "Grids (网格)",
        keys: ["core.grids.party_building", "core.grids.comprehensive", "core.grids.micro", "core.grids.unit"],
    },
    {
        title: "Five-level organisation system (五级组织体系)",
        keys: [
            "core.organisations.street_big_working_committee",
            "core.organisations.community_big_party_committee",
            "core.organisations.grid_party_branch",
            "core.organisations.building_party_group",
            "core.organisations.party_member_household",
        ],
    },
    { title: "Grid workers (网格员)", keys: ["core.grid_workers."] },
    { title: "People by identity (身份)", keys: ["core.identities."] },
];
const TILES = ["core.streets", "core.communities", "core.estates", "core.households", "core.people"];
class RequestFailed extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
    }
}
/** The bearer token: the one entered here, else the one in GraphiQL's Headers pane. */
function token() {
    const own = localStorage.getItem(TOKEN_KEY);
    if (own)
        return own;
    try {
        const headers = JSON.parse(localStorage.getItem("graphiql:headers") ?? "{}");
        if (headers && typeof headers === "object") {
            for (const [name, value] of Object.entries(headers)) {
                if (name.toLowerCase() === "authorization" && typeof value === "string") {
                    return value.replace(/^Bearer\s+/i, "");
                }
            }
        }
    }
    catch {
        // GraphiQL's pane holds what was typed, which need not be JSON.
    }
    return null;
}
/** Run one of the typed example operations against this district's endpoint. */
async function run(document, variables) {
    const bearer = token();
    const response = await fetch("graphql", {
        method: "POST",
        headers: {
            "content-type": "application/json",
            accept: "application/graphql-response+json",
            ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        },
        body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
    const body = (await response.json());
    const [error] = body.errors ?? [];
    if (error || !body.data) {
        throw new RequestFailed(error?.message ?? `HTTP ${response.status}`, error?.extensions?.code);
    }
    return body.data;
}
function element(tag, text, attributes = {}) {
    const made = document.createElement(tag);
    if (text !== undefined)
        made.textContent = text;
    for (const [name, value] of Object.entries(attributes))
        made.setAttribute(name, value);
    return made;
}
function shown(figure) {
    return figure.count !== null ? NUMBER.format(figure.count) : String(figure.value);
}
function selected(figures, keys) {
    return figures.filter((f) => keys.some((key) => (key.endsWith(".") ? f.key.startsWith(key) : f.key === key)));
}
/** A horizontal bar chart of counts, each row labelled and carrying its key. */
function chart(title, figures) {
    const section = element("section", undefined, { class: "chart", role: "figure", "aria-label": title });
    section.append(element("h3", title));
    const counts = figures.filter((f) => f.count !== null);
    const largest = Math.max(1, ...counts.map((f) => f.count ?? 0));
    for (const figure of counts) {
        const row = element("div", undefined, { class: "row", "data-key": figure.key });
        const bar = element("span", undefined, { class: "bar" });
        bar.style.width = `${(100 * (figure.count ?? 0)) / largest}%`;
        const track = element("span", undefined, { class: "track" });
        track.append(bar);
        row.append(element("span", figure.label, { class: "label" }), track, element("span", shown(figure), { class: "value" }));
        section.append(row);
    }
    const others = figures.filter((f) => f.count === null);
    if (others.length) {
        const list = element("dl");
        for (const figure of others) {
            list.append(element("dt", figure.label), element("dd", shown(figure), { "data-key": figure.key }));
        }
        section.append(list);
    }
    return section;
}
function showFigures(data) {
    const { district } = data;
    const figures = district.indicators;
    const tiles = element("div", undefined, { class: "tiles" });
    for (const figure of selected(figures, TILES)) {
        const tile = element("div", undefined, { class: "tile", "data-key": figure.key });
        tile.append(element("strong", shown(figure), { class: "value" }), element("span", figure.label));
        tiles.append(tile);
    }
    const charts = CHARTS.map(({ title, keys }) => chart(title, selected(figures, keys)));
    const programmes = district.enabledPlugins.map((plugin) => chart(`Programme: ${plugin}`, selected(figures, [`${plugin}.`])));
    document.getElementById("figures")?.replaceChildren(tiles, ...charts, ...programmes);
}
function more(shown, total) {
    return total > shown ? [element("li", `… and ${NUMBER.format(total - shown)} more`, { class: "more" })] : [];
}
function showTree(data) {
    const streets = data.district.streets;
    const list = element("ul", undefined, { class: "tree" });
    for (const street of streets.nodes) {
        const item = element("li", undefined, { "data-code": street.code });
        const details = element("details");
        const { communities } = street;
        details.append(element("summary", `${street.name} (${street.code}) · ${NUMBER.format(communities.totalCount)} communities`));
        const inner = element("ul");
        for (const community of communities.nodes) {
            const row = element("li", undefined, { "data-code": community.code });
            const grids = element("details");
            grids.append(element("summary", `${community.name} (${community.code}) · ${NUMBER.format(community.grids.totalCount)} comprehensive, ` +
                `${NUMBER.format(community.partyBuildingGrids.totalCount)} party-building grids`));
            const gridList = element("ul");
            for (const grid of community.grids.nodes) {
                gridList.append(element("li", `${grid.name} (${grid.code}) · ${NUMBER.format(grid.subGrids.totalCount)} micro-grids`, {
                    "data-code": grid.code,
                }));
            }
            gridList.append(...more(community.grids.nodes.length, community.grids.totalCount));
            grids.append(gridList);
            row.append(grids);
            inner.append(row);
        }
        inner.append(...more(communities.nodes.length, communities.totalCount));
        details.append(inner);
        item.append(details);
        list.append(item);
    }
    list.append(...more(streets.nodes.length, streets.totalCount));
    document.getElementById("tree")?.replaceChildren(list);
}
async function load() {
    const status = document.getElementById("status");
    if (status)
        status.textContent = "Loading…";
    try {
        const [overview, tree] = await Promise.all([run(DistrictOverviewDocument), run(DistrictTreeDocument)]);
        showFigures(overview);
        showTree(tree);
        if (status)
            status.textContent = `Figures as of ${new Date().toLocaleString()}`;
        document.body.dataset["state"] = "ready";
    }
    catch (error) {
        const failed = error instanceof RequestFailed ? error : new RequestFailed(String(error), undefined);
        if (status) {
            status.textContent =
                failed.code === "UNAUTHENTICATED"
                    ? "Enter a token (make demo prints one) to see the figures."
                    : `Could not load the figures: ${failed.message}`;
        }
        document.body.dataset["state"] = failed.code === "UNAUTHENTICATED" ? "token" : "error";
    }
}
document.getElementById("token-form")?.addEventListener("submit", (event) => {
    event.preventDefault();
    const input = document.getElementById("token");
    if (input instanceof HTMLInputElement && input.value.trim()) {
        localStorage.setItem(TOKEN_KEY, input.value.trim());
        input.value = "";
        void load();
    }
});
void load();
