// The main job a newcomer runs first. Everything is built by the time this runs.
console.log('Built and linted: spec → types → client → mock → docs.');
