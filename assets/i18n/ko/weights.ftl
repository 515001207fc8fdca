## ko-weights: 가중치 공간과 손실 곡면 — 퍼셉트론 실습의 가중치 공간, 비교
## 실습의 손실 곡면, 네트워크 탭의 손실 지형, 그리고 명령줄 옵션.

## 퍼셉트론 실습: 평면 옆의 가중치 공간

weights-bias = 가중치 공간의 b =
weights-bias-hover = 보여 주는 가중치 공간 단면의 편향 b: 그림의 각 점 (w₁, w₂)는 이 가중치와 이 편향을 가진 유닛입니다. 움직이면 훈련을 따라가지 않습니다.
weights-follow = 훈련 따라가기
weights-follow-hover = 훈련이 바꾸는 유닛 자신의 편향 b에 단면을 맞춥니다
weights-sweep = b 훑기
weights-sweep-stop = 훑기 멈춤
weights-sweep-hover = b를 범위 전체에 걸쳐 천천히 움직이며 버전 공간이 커지고 줄고 사라지는 것을 봅니다(XOR에서는 어떤 b에서도 비어 있습니다)
weights-seen-only = 지금까지 본 샘플만
weights-seen-only-hover = 초기화 뒤 퍼셉트론이 본 샘플마다 그 샘플을 틀리는 가중치를 잘라 내므로, 빈 영역은 샘플마다 줄어듭니다. 해제하면 모든 훈련 샘플로 한꺼번에 자릅니다
weights-unit = { $class } 유닛
weights-unit-hover = 클래스마다 유닛이 하나: 어느 유닛의 가중치를 보일지(그 클래스 대 나머지)
weights-plot-hover = 편향 b에서의 가중치 공간: 샘플마다 자신을 틀리는 가중치를 제 색으로 칠하고, 그 직선은 w·x = −b입니다. 초록색 빈 영역(버전 공간)은 모든 샘플을 올바르게 분류합니다. 노란 점 w를 끌면 평면의 결정 경계가 함께 움직입니다. 빨간 마름모는 최대 마진 w*입니다.
weights-wrong-side = 샘플을 틀리는 가중치
weights-sample-line = 샘플의 직선 w·x + b = 0
weights-version-space = 버전 공간
weights-path = w의 경로
weights-region = 초록색: b = { $bias }에서 샘플 { $samples }개를 모두 올바르게 분류하는 가중치입니다.
weights-none-seen = 아직 본 샘플이 없습니다: 모든 w가 아직 가능합니다. 샘플을 볼 때마다 영역이 잘립니다.
weights-empty-here = b = { $bias }에서는 샘플 { $samples }개를 모두 올바르게 분류하는 가중치가 없습니다. 다른 b를 시도하세요.
weights-empty-every-b = 이 샘플 { $samples }개를 가르는 직선이 없습니다: 버전 공간은 어떤 b에서도 비어 있습니다. b를 훑어 확인하세요.
weights-w-right = 지금의 (w, b)는 모든 샘플을 맞힙니다.
weights-w-wrong = 지금의 (w, b)는 샘플 { $wrong }개를 틀립니다.
weights-star-here = 빨간 마름모: w*, 최대 마진 가중치를 이 b에 맞게 늘이거나 줄인 것입니다.
weights-star-elsewhere = w*(최대 마진)의 편향은 b* = { $bias }: 이 단면에는 없습니다.
perceptron-novikoff-edited = 가중치를 손으로 정했습니다: 노비코프의 상한은 w = 0에서부터 업데이트를 셉니다.
perceptron-table-toggle-hover = 업데이트 표를 보이거나 접습니다(접으면 그림이 그 자리를 씁니다)

## 비교 실습: 로지스틱 회귀의 손실 곡면

surface-heading = (w₁, w₂) 위의 손실 곡면
surface-plot-hover = 지금의 b에서 로지스틱 회귀의 평균 크로스 엔트로피 L(w₁, w₂): 어두울수록 낮고(로그 눈금), 선은 등고선입니다. 경사 하강법은 등고선을 가로질러 내리막으로 걷고, 퍼셉트론의 업데이트는 실수에서 실수로 건너뜁니다.
surface-caption = b = { $bias }에서의 평균 크로스 엔트로피: { $low }(어두움)부터 { $high }(노랑)까지. 경로는 각자의 b에서 (w₁, w₂)에 투영해 그렸습니다.
surface-contour = L의 등고선
surface-gd-path = 경사 하강법
surface-gd-path-hover = w = 0에서 시작한 로지스틱 회귀: 스텝마다 w ← w − η·∇L로 내리막을 따라 등고선을 가로지릅니다
surface-perceptron-path = 퍼셉트론
surface-perceptron-path-hover = w = 0에서 시작한 퍼셉트론: 업데이트마다 w ← w + η(y − ŷ)x로 실수 하나를 고칩니다. 손실 곡면과는 상관없습니다

## 네트워크 탭: 손실 지형

window-view-boundary = 결정 경계
window-view-boundary-hover = 데이터 평면 위의 신경망 출력
window-view-landscape = 손실 지형
menu-landscape = 손실 지형
menu-landscape-hover = 지금의 가중치를 지나는 가중치 공간의 2차원 단면 위의 훈련 손실과 그 위의 훈련 경로(백그라운드에서 계산)
menu-export-landscape = 손실 지형 이미지 내보내기…
menu-export-landscape-hover = 손실 지형을 PNG 이미지로 저장
landscape-directions = 방향
landscape-directions-hover = 단면의 두 방향: 훈련 경로의 주성분(경로가 가장 많이 움직인 평면), 또는 뉴런마다 가중치 크기에 맞춘 두 무작위 방향(Li 외, 2018)
landscape-directions-pca = 경로의 주성분
landscape-directions-random = 무작위(필터 정규화)
landscape-grid = 격자
landscape-grid-hover = 단면의 한 변의 점 수: 점마다 모든 훈련 샘플에서 손실을 계산합니다
landscape-span = 범위
landscape-span-hover = α와 β는 −범위에서 +범위까지 갑니다(주성분이면 경로가 ±1에 걸칩니다)
landscape-seed = 시드
landscape-seed-hover = 무작위 방향의 시드
landscape-compute = 계산
landscape-compute-hover = 지금의 가중치와 체크포인트를 지나는 단면을 계산합니다(백그라운드에서; 훈련은 계속됩니다)
landscape-export = PNG 내보내기…
landscape-export-hover = 손실 지형을 PNG 이미지로 저장
landscape-progress = { $done } / { $total } 점
landscape-cancel = 취소
landscape-cancel-hover = 손실 지형 계산을 멈춥니다
landscape-cancelled = 손실 지형 계산을 취소했습니다.
landscape-stopped = 손실 지형 계산이 뜻밖에 멈췄습니다.
landscape-plot-hover = w + α·d₁ + β·d₂에서의 훈련 손실(L1/L2 벌칙 없음): 어두울수록 낮고 로그 눈금이며, 선은 등고선입니다. 흰색: 훈련 경로(단면에 투영한 체크포인트), 십자: 단면이 지나는 가중치, 노란 점: 지금의 신경망, 빨간 고리: 되감기 슬라이더가 보여 주는 체크포인트.
landscape-contour = 손실의 등고선
landscape-path = 훈련 경로
landscape-center = 단면의 가중치
landscape-now = 지금의 신경망
landscape-replayed = 재생 중인 체크포인트
landscape-caption = { $epoch } 에포크의 가중치를 지나는 단면({ $directions }): 십자에서 훈련 손실 { $loss }, 격자에서 { $low }부터 { $high }까지.
landscape-stale = 신경망이 { $epoch } 에포크 뒤로 더 움직였습니다: 노란 점은 지금 위치를 이 단면에 투영한 것입니다(α = { $alpha }, β = { $beta }). 지금을 지나는 단면은 다시 계산하세요.
landscape-fallback-no-checkpoints = 세션에 체크포인트가 없어 주성분을 구할 경로가 없습니다: 대신 무작위 방향을 씁니다.
landscape-fallback-flat-path = 체크포인트가 한 직선 위에 있거나 셋보다 적어 두 번째 주성분이 없습니다: 대신 무작위 방향을 씁니다.
landscape-error-size = 격자는 한 변에 2~201개의 점이 필요합니다({ $size }개가 아니라).
landscape-error-span = 범위는 0보다 크고 1000000 이하인 수여야 합니다({ $span }가 아니라).
landscape-error-no-training-points = 손실을 잴 훈련 샘플이 없습니다.

## 명령줄

cli-about-landscape = 세션의 가중치 둘레에서 가중치 공간의 2차원 단면 위의 훈련 손실
cli-landscape-session = 가중치, 데이터, 체크포인트를 쓸 저장된 세션
cli-landscape-size = 한 변의 격자 점 수
cli-landscape-span = α와 β는 −S부터 +S까지
cli-landscape-directions = 단면의 방향: 체크포인트의 주성분(pca) 또는 필터 정규화한 무작위 방향(random)
cli-landscape-seed = 무작위 방향의 시드
cli-landscape-summary = { $file }의 손실 지형: { $size }×{ $size } 격자, α와 β는 −{ $span }부터 { $span }까지, 방향 { $directions }
cli-landscape-center = 세션의 가중치에서 훈련 손실: { $loss }
cli-landscape-lowest = 격자에서 가장 낮은 값: α = { $alpha }, β = { $beta }에서 { $loss }
cli-landscape-path = 훈련 경로: 체크포인트 { $points }개를 투영
cli-perceptron-version-space-bias = --json과 함께: 편향 B에서 모든 훈련 샘플을 올바르게 분류하는 [−5, 5]² 안의 가중치 (w1, w2)(키 version_space)
cli-perceptron-version-space = b = { $bias }에서의 버전 공간: 꼭짓점 { $corners }개, 넓이 { $area }
cli-perceptron-version-space-one-unit = --version-space-bias에는 유닛 하나가 필요합니다: --positive로 그 클래스를 고르세요
cli-perceptron-bad-bias = --version-space-bias에는 수가 필요합니다: { $value }
