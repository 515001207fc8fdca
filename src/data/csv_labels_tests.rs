use crate::data::{CsvOptions, DataError, Dataset, Task, TaskHint, parse_csv};

fn parse(text: &[u8]) -> Result<Dataset, DataError> {
    parse_csv(text, &CsvOptions::default())
}

fn parse_with(text: &[u8], options: CsvOptions) -> Result<Dataset, DataError> {
    parse_csv(text, &options)
}

fn names(d: &Dataset) -> Vec<&str> {
    d.class_names().iter().map(String::as_str).collect()
}

fn classes(d: &Dataset) -> Vec<usize> {
    d.points.iter().map(|p| p.class()).collect()
}

#[test]
fn class_counts_are_bounded() {
    let err = parse(b"x,y,label\n1,2,a\n3,4,a\n").unwrap_err();
    assert!(matches!(err, DataError::TooFewClasses { found: 1 }), "{err:?}");
    let mut text = String::from("x,y,label\n");
    for i in 0..17 {
        text.push_str(&format!("{i},{i},class{i}\n"));
    }
    let err = parse(text.as_bytes()).unwrap_err();
    assert!(
        matches!(err, DataError::TooManyClasses { found: 17, limit: 16 }),
        "{err:?}"
    );
}

#[test]
fn integer_labels_are_ordered_by_value() {
    let d = parse(b"x,y,c\n0,0,1\n1,1,-1\n2,2,1.0\n").unwrap();
    assert_eq!(names(&d), ["-1", "1"]);
    assert_eq!(classes(&d), [1, 0, 1]);
    let d = parse(b"x,y,c\n0,0,10\n1,1,2\n2,2,0\n").unwrap();
    assert_eq!(names(&d), ["0", "2", "10"]);
    assert_eq!(classes(&d), [2, 1, 0]);
}

#[test]
fn float_labels_are_a_regression_target() {
    let d = parse(b"x,y,t\n0,0,0.5\n1,1,-1.25\n2,2,3\n").unwrap();
    assert_eq!(d.task, Task::Regression);
    assert_eq!(d.points.iter().map(|p| p.y).collect::<Vec<_>>(), [0.5, -1.25, 3.0]);
    // More than 16 distinct integers: also a target.
    let text: String = (0..40).map(|i| format!("{i},{i},{}\n", i * 3)).collect();
    assert_eq!(parse(text.as_bytes()).unwrap().task, Task::Regression);
    // …unless text turns up later: then it is too many classes.
    let text = format!("{text}1,1,oops\n");
    assert!(matches!(
        parse(text.as_bytes()),
        Err(DataError::TooManyClasses { found: 41, .. })
    ));
    // A NaN among numeric targets is reported where it is.
    let err = parse(b"x,y,t\n0,0,0.5\n1,1,nan\n").unwrap_err();
    assert!(
        matches!(err, DataError::NotFinite { line: 3, column: 3, .. }),
        "{err:?}"
    );
}

#[test]
fn task_hints_are_obeyed() {
    let text = b"x,y,t\n0,0,0.5\n1,1,1.5\n2,2,0.5\n";
    let opts = CsvOptions {
        task: TaskHint::Classification,
        ..CsvOptions::default()
    };
    let d = parse_with(text, opts).unwrap();
    assert_eq!(names(&d), ["0.5", "1.5"]);
    let opts = CsvOptions {
        task: TaskHint::Regression,
        ..CsvOptions::default()
    };
    assert_eq!(
        parse_with(b"x,y,t\n0,0,1\n1,1,2\n", opts.clone()).unwrap().task,
        Task::Regression
    );
    let err = parse_with(b"x,y,t\n0,0,1\n1,1,b\n", opts).unwrap_err();
    assert!(
        matches!(err, DataError::NotANumber { line: 3, column: 3, .. }),
        "{err:?}"
    );
    let err = parse(b"x,y,t\n0,0,a\n1,1,  \n").unwrap_err();
    assert!(matches!(err, DataError::EmptyLabel { line: 3, column: 3 }), "{err:?}");
}

#[test]
fn latin1_labels_survive() {
    let d = parse(b"x,y,label\n1,2,caf\xe9\n3,4,na\xefve\n").unwrap();
    assert_eq!(names(&d), ["café", "naïve"]);
    let err = parse(b"x,y,label\n1,2,a\n3,\xff,b\n").unwrap_err();
    assert!(
        matches!(&err, DataError::NotANumber { value, .. } if value == "ÿ"),
        "{err:?}"
    );
}
