//! The `.py` script: a docstring on how to run it, the sections under
//! numbered banners, `main()` with `--predict` and `--fit`/`--save`, and
//! the numbers (settings, weights, data) at the end, out of the reader's way.

use std::path::Path;

use super::code::{Program, Target, program};
use super::{ExportError, ExportedFiles, data_path};
use crate::session::Session;

const IMPORTS: &str =
    "import argparse\nimport io\nimport json\nimport os\nimport sys\n\nimport keras\nimport numpy as np\n";

const MAIN: &str = r#"def glued(argv):
    """`--predict -1.5,2` as `--predict=-1.5,2`: argparse would take "-1.5,2" for an option."""
    out = []
    for arg in argv:
        if out and out[-1] == "--predict":
            out[-1] = "--predict=" + arg
        else:
            out.append(arg)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--predict", metavar="X,Y", help="print the network's answer at the raw point (X, Y)")
    parser.add_argument("--fit", metavar="N", type=int, default=0, help="train N more epochs in Keras first")
    parser.add_argument("--save", metavar="OUT.json", help="write the network as an nnlab session")
    args = parser.parse_args(glued(sys.argv[1:]))

    raw, labels, test = load_data()
    features = input_features(raw)
    model = build_model()
    set_trained_weights(model)
    compile_model(model)

    if args.predict:
        x1, x2 = (float(v) for v in args.predict.split(","))
        print(json.dumps(predict_point(model, x1, x2)))
        return
    history = fit(model, features, labels, test, args.fit) if args.fit > 0 else []
    if args.save:
        save_session(args.save, model, raw, labels, test, history)
    # The last line: nnlab's figures for this network, as one JSON object.
    print(json.dumps(report(model, features, labels, test)))
"#;

/// The Keras script of `session`, to be written to `out` (plus a CSV file
/// beside it when the session has more than
/// [`MAX_EMBEDDED_POINTS`](super::MAX_EMBEDDED_POINTS) points). Refuses
/// step and sign layers ([`ExportError::StepActivation`]).
pub fn keras_script(session: &Session, out: &Path) -> Result<ExportedFiles, ExportError> {
    let p = program(session, out, Target::Script)?;
    let file = out
        .file_name()
        .map_or("model.py".into(), |n| n.to_string_lossy().into_owned());
    let mut text = format!(
        "#!/usr/bin/env python3\n\"\"\"{}.\n\n{}\"\"\"\n\n{IMPORTS}\n\n",
        docstring_safe(&p.summary),
        usage(&docstring_safe(&file), &p)
    );
    for (i, s) in p.sections.iter().enumerate() {
        text.push_str(&banner(&format!("{}. {}", i + 1, s.title)));
        text.push_str(&comment(&s.about));
        text.push_str("\n\n");
        text.push_str(&s.defs);
    }
    text.push_str(&banner("Running it"));
    text.push('\n');
    text.push_str(MAIN);
    text.push_str("\n\n");
    text.push_str(&banner("The numbers: the session's settings, trained weights and data"));
    text.push('\n');
    text.push_str(&p.numbers);
    text.push_str("\n\nif __name__ == \"__main__\":\n    main()\n");
    Ok(ExportedFiles {
        main: (out.to_path_buf(), text),
        data: p.data_file.map(|csv| (data_path(out), csv)),
    })
}

/// The docstring's body: what the script is and how to run it.
fn usage(file: &str, p: &Program) -> String {
    let figures = if p.classification {
        "nnlab's accuracy on the training and test points"
    } else {
        "nnlab's loss on the training and test points"
    };
    let data = if p.data_file.is_some() {
        "\nIts data is in the CSV file beside it.\n"
    } else {
        ""
    };
    format!(
        "The session's data, split, input features, layers, trained weights and training
settings as a Keras 3 program. It runs on any Keras backend (JAX, PyTorch or
TensorFlow); JAX is the smallest to install:

    pip install keras \"jax[cpu]\"
    export KERAS_BACKEND=jax

    python {file}                            # {figures}
    python {file} --predict 0.5,-1.2         # the network's answer at one raw point (x1, x2)
    python {file} --fit 20 --save more.json  # 20 more epochs in Keras, then open more.json in nnlab

Each prints one JSON object as its last line.
{data}"
    )
}

/// Text from the session (a dataset or file name) made safe inside the
/// docstring: a backslash or a quote there could end it or start an escape,
/// and Python refuses a source file with a NUL byte, so control characters
/// other than line breaks and tabs are written as escapes (`\x00`).
fn docstring_safe(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' | '\t' => out.push(c),
            // `is_control` is Unicode's Cc: U+0000–U+001F and U+007F–U+009F.
            c if c.is_control() => out.push_str(&format!("\\x{:02x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

/// A section banner.
fn banner(title: &str) -> String {
    let rule = "# ".to_string() + &"-".repeat(76);
    format!("{rule}\n# {title}\n{rule}\n")
}

/// Text as `#` comment lines.
fn comment(text: &str) -> String {
    text.lines().map(|l| format!("# {l}\n")).collect()
}
