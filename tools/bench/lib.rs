//! The package of nnlab's measurement programs: its criterion benches
//! (`benches/`) and the programs behind the README's figures (`examples/`).
//! A package needs a library or a program of its own; this is it.
