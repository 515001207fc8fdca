//! `nnlab predict --session FILE --at X,Y`: a saved network's answer at one
//! point given in raw coordinates (before features and standardization).

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use clap::Args;

use crate::data::MAX_ABS_VALUE;
use crate::export::{Prediction, predict};
use crate::session::Session;
use crate::tr;

/// Options of `nnlab predict`.
#[derive(Args, Debug)]
pub struct PredictArgs {
    /// The session whose network answers
    #[arg(long, value_name = "FILE")]
    session: PathBuf,
    /// The point, in the data's raw coordinates
    #[arg(long, value_name = "X,Y", allow_hyphen_values = true)]
    at: String,
    /// Print one JSON object: {"probabilities": [...], "class": "NAME"} or {"value": V}
    #[arg(long)]
    json: bool,
}

/// Runs `nnlab predict`.
pub(super) fn run(args: PredictArgs) -> Result<()> {
    let at = parse_point(&args.at)?;
    let session = Session::load(&args.session).with_context(|| args.session.display().to_string())?;
    let prediction = predict(&session, at)?;
    let names = session.dataset.class_names();
    if args.json {
        println!("{}", prediction.to_json(names));
        return Ok(());
    }
    match &prediction {
        Prediction::Classes { probabilities, class } => {
            let name = names.get(*class).map_or("?", String::as_str);
            println!(
                "{}",
                tr!(
                    "cli-predict-class",
                    class = name,
                    x = at[0].to_string(),
                    y = at[1].to_string()
                )
            );
            for (n, p) in names.iter().zip(probabilities) {
                println!("  P({n}) = {p:.6}");
            }
        }
        Prediction::Value(v) => println!(
            "{}",
            tr!(
                "cli-predict-value",
                value = v.to_string(),
                x = at[0].to_string(),
                y = at[1].to_string()
            )
        ),
    }
    Ok(())
}

/// Parses "X,Y" into two finite numbers within the data limit (±1e15, as
/// data files: beyond it the network's f32 features overflow).
fn parse_point(text: &str) -> Result<[f64; 2]> {
    let parts: Vec<&str> = text.split(',').map(str::trim).collect();
    let [x, y] = parts[..] else {
        bail!("{}", tr!("cli-predict-bad-point", value = text));
    };
    let number = |s: &str| -> Result<f64> {
        match s.parse::<f64>() {
            Ok(v) if v.is_finite() && v.abs() <= MAX_ABS_VALUE => Ok(v),
            Ok(v) if v.is_finite() => bail!(
                "{}",
                tr!(
                    "cli-predict-beyond-limit",
                    value = text,
                    number = s,
                    limit = format!("{MAX_ABS_VALUE:e}")
                )
            ),
            _ => bail!("{}", tr!("cli-predict-bad-number", value = text, number = s)),
        }
    };
    Ok([number(x)?, number(y)?])
}
